using BatchProvider.Domain.Expansion.JobDefinitions;
using BatchProvider.Domain.Spec.JobDefinitions;
using BatchProvider.Domain.Validation.JobDefinitions;

namespace BatchProvider.Domain.Tests.JobDefinitions;

public class WorkloadPresetTests
{
    [Theory]
    [InlineData("DataProcessing", "2", "4096", null, 3, 3600, "data-processing")]
    [InlineData("MlTraining", "8", "32768", null, 2, 43200, "ml-training")]
    [InlineData("BatchProcessing", "1", "2048", null, 5, 14400, "batch-processing")]
    [InlineData("RealTime", "1", "2048", null, 1, 300, "real-time")]
    [InlineData("Gpu", "4", "14336", "1", 2, 28800, "gpu")]
    public void Expand_WhenPresetAndNothingElse_UsesPresetDefaults(string preset, string vcpus, string memory, string? gpus, int attempts, int timeout, string workload)
    {
        var r = JobDefinitionHarness.Expand(Jd.Container($"'Vcpus': null, 'Memory': null, 'Preset': '{preset}'")).Register;
        var resources = r.ContainerProperties!.ResourceRequirements!.ToDictionary(x => x.Type!, x => x.Value);
        Assert.Equal((vcpus, memory, gpus), (resources["VCPU"], resources["MEMORY"], resources.GetValueOrDefault("GPU")));
        Assert.Equal((attempts, timeout, workload), (r.RetryStrategy!.Attempts, r.Timeout!.AttemptDurationSeconds, r.Tags![WorkloadPresets.WorkloadTag]));
    }

    [Fact]
    public void Expand_WhenPropertiesWritten_TheyOverrideThePreset()
    {
        var r = JobDefinitionHarness.Expand(Jd.Container(
            "'Preset': 'Gpu', 'Vcpus': '8', 'Memory': '30 GiB', 'Gpus': '0', 'RetryAttempts': '4', 'RetryStrategies': [], 'Timeout': '1h', 'Tags': {'Workload': 'mine'}")).Register;
        var resources = r.ContainerProperties!.ResourceRequirements!.ToDictionary(x => x.Type!, x => x.Value);
        Assert.Equal(("8", "30720", false), (resources["VCPU"], resources["MEMORY"], resources.ContainsKey("GPU")));
        Assert.Equal((4, (IReadOnlyList<BatchApi.EvaluateOnExit>?)null, 3600, "mine", "gpu"),
            (r.RetryStrategy!.Attempts, r.RetryStrategy.EvaluateOnExit, r.Timeout!.AttemptDurationSeconds, r.Tags!["Workload"], r.Tags["Hardware"]));
    }

    [Fact]
    public void Expand_PresetRetryStrategies_BecomeEvaluateOnExit()
    {
        var e = JobDefinitionHarness.Expand(Jd.Container("'Preset': 'DataProcessing'")).Register.RetryStrategy!.EvaluateOnExit!;
        Assert.Equal([("RETRY", "Host EC2*"), ("EXIT", "CannotPullContainerError:*")], e.Select(x => (x.Action!, (x.OnStatusReason ?? x.OnReason)!)));
    }

    [Fact]
    public void Expand_MultiNodePreset_FillsEveryNodeGroupThatDoesNotSay()
    {
        var nodes = JobDefinitionHarness.Expand(Jd.MultiNode("'Preset': 'MlTraining', 'Nodes': [{'Range': '0', 'Image': 'x'}, {'Range': '1', 'Image': 'x', 'Vcpus': '2'}]"))
            .Register.NodeProperties!.NodeRangeProperties!;
        Assert.Equal(["8", "2"], nodes.Select(n => n.Container!.ResourceRequirements!.Single(x => x.Type == "VCPU").Value));
    }

    [Fact]
    public void Expand_EksPreset_FillsTheOnlyContainersMissingResources()
    {
        var pod = JobDefinitionHarness.Expand(Jd.Eks("'Preset': 'Gpu', 'Containers': [{'Image': 'x', 'Resources': {'Requests': {'memory': '8192Mi'}}}]"))
            .Register.EksProperties!.PodProperties!;
        var limits = pod.Containers![0].Resources!.Limits!;
        Assert.Equal(("4", false, "1"), (limits["cpu"], limits.ContainsKey("memory"), limits["nvidia.com/gpu"]));
    }

    [Fact]
    public void Expand_EksPreset_LeavesSeveralContainersAlone()
    {
        var pod = JobDefinitionHarness.Expand(Jd.Eks("'Preset': 'RealTime', 'Containers': [{'Name': 'a', 'Image': 'x'}, {'Name': 'b', 'Image': 'y'}]"))
            .Register.EksProperties!.PodProperties!;
        Assert.All(pod.Containers!, c => Assert.Null(c.Resources));
    }

    [Theory]
    [InlineData(WorkloadPreset.DataProcessing)]
    [InlineData(WorkloadPreset.MlTraining)]
    [InlineData(WorkloadPreset.BatchProcessing)]
    [InlineData(WorkloadPreset.RealTime)]
    public void Presets_WithoutGpus_AreValidOnFargate(WorkloadPreset preset)
    {
        var d = WorkloadPresets.For(preset);
        Assert.Contains(d.MemoryMiB, FargateResources.MemoryFor(d.Vcpus));
        var diagnostics = JobDefinitionHarness.Diagnose(Jd.Fargate($"'Vcpus': null, 'Memory': null, 'Preset': '{preset}'"));
        Assert.Empty(diagnostics);
    }
}
