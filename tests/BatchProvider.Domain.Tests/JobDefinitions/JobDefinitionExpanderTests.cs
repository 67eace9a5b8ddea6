using System.Text.Json.Nodes;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Expansion.JobDefinitions;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Tests.JobDefinitions;

public class JobDefinitionExpanderTests
{
    private const string Image = "public.ecr.aws/amazonlinux/amazonlinux:2023";

    // @IMAGE@, @REF@Name@ (an unresolved Ref) and @TAGS@id@ (stack + ownership tags) keep the expectations short.
    private static string Fill(string expected)
    {
        var s = expected.Replace("@IMAGE@", Image);
        s = System.Text.RegularExpressions.Regex.Replace(s, "@REF@([A-Za-z]+)@", m => "{{Ref " + m.Groups[1].Value + "}}");
        return System.Text.RegularExpressions.Regex.Replace(s, "@TAGS@([a-z-]+)@", m =>
            $"'tags': {{'team': 'research', 'batchprovider:stack': 'research', 'batchprovider:id': '{m.Groups[1].Value}', 'batchprovider:family': 'JobDefinition'}}");
    }

    public static TheoryData<string, string> Examples => new()
    {
        {
            ExampleJobDefinitions.Train,
            """
            {'jobDefinitionName': 'research-train', 'type': 'container', 'parameters': {'epochs': '10'},
             'containerProperties': {'image': '@IMAGE@', 'command': ['python3', 'train.py', '--epochs', 'Ref::epochs'],
               'jobRoleArn': '@REF@TrainingRoleArn@', 'environment': [{'name': 'MODE', 'value': 'train'}],
               'resourceRequirements': [{'type': 'VCPU', 'value': '4'}, {'type': 'MEMORY', 'value': '14336'}, {'type': 'GPU', 'value': '1'}]},
             'retryStrategy': {'attempts': 3, 'evaluateOnExit': [
               {'action': 'RETRY', 'onStatusReason': 'Host EC2*'},
               {'action': 'EXIT', 'onReason': 'CannotPullContainerError:*'},
               {'action': 'EXIT', 'onExitCode': '40*'}]},
             'propagateTags': false, 'timeout': {'attemptDurationSeconds': 14400}, @TAGS@train@, 'platformCapabilities': ['EC2']}
            """
        },
        {
            ExampleJobDefinitions.NightlyEtl,
            """
            {'jobDefinitionName': 'research-nightly-etl', 'type': 'container',
             'containerProperties': {'image': '@IMAGE@', 'command': ['sh', '-c', 'echo extract && echo load'],
               'executionRoleArn': '@REF@ExecutionRoleArn@',
               'resourceRequirements': [{'type': 'VCPU', 'value': '0.5'}, {'type': 'MEMORY', 'value': '1024'}],
               'networkConfiguration': {'assignPublicIp': 'DISABLED'}, 'fargatePlatformConfiguration': {'platformVersion': 'LATEST'}},
             'propagateTags': false, 'timeout': {'attemptDurationSeconds': 1200}, @TAGS@nightly-etl@, 'platformCapabilities': ['FARGATE']}
            """
        },
        {
            ExampleJobDefinitions.MpiSim,
            """
            {'jobDefinitionName': 'research-mpi-sim', 'type': 'multinode',
             'nodeProperties': {'numNodes': 4, 'mainNode': 0, 'nodeRangeProperties': [{'targetNodes': '0:3',
               'container': {'image': '@IMAGE@', 'command': ['mpirun', '-n', '64', './simulate'], 'instanceType': 'c6i.4xlarge',
                 'resourceRequirements': [{'type': 'VCPU', 'value': '16'}, {'type': 'MEMORY', 'value': '28672'}]}}]},
             'propagateTags': false, @TAGS@mpi-sim@, 'platformCapabilities': ['EC2']}
            """
        },
        {
            Jd.EksBase,
            """
            {'jobDefinitionName': 'research-j', 'type': 'container',
             'eksProperties': {'podProperties': {'hostNetwork': true, 'containers': [{'image': 'repo/app:1', 'resources': {'limits': {'cpu': '1', 'memory': '2048Mi'}}}]}},
             @TAGS@j@}
            """
        },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Expand_WhenExampleJobDefinition_GivesExactRequest(string json, string expected)
    {
        var desired = JobDefinitionHarness.Expand(json);
        var actual = JsonNode.Parse(JobDefinitionHarness.Json(desired.Register));
        var want = JsonNode.Parse(Fill(expected).Replace('\'', '"'));
        Assert.True(JsonNode.DeepEquals(want, actual), $"expected {want!.ToJsonString()}\nactual   {actual!.ToJsonString()}");
    }

    [Theory]
    [InlineData(ExampleJobDefinitions.Train, "train", "research-train", "Container")]
    [InlineData(ExampleJobDefinitions.MpiSim, "mpi-sim", "research-mpi-sim", "MultiNode")]
    [InlineData(Jd.EksBase, "j", "research-j", "Eks")]
    public void Expand_NamesAndKinds(string json, string id, string name, string kind)
    {
        var desired = JobDefinitionHarness.Expand(json);
        Assert.Equal((id, name, kind), (desired.Id, desired.Name, desired.Kind));
    }

    [Theory]
    [InlineData("SPOT_INSTANCE_RECLAIMED", null, null, "Host EC2*")]
    [InlineData("CANNOT_PULL_CONTAINER", null, "CannotPullContainerError:*", null)]
    [InlineData("NON_ZERO_EXIT_CODE", "*", null, null)]
    [InlineData("CANNOT_START_CONTAINER", null, "CannotStartContainerError:*", null)]
    [InlineData("CANNOT_CREATE_CONTAINER", null, "CannotCreateContainerError:*", null)]
    [InlineData("OUT_OF_MEMORY", null, "OutOfMemoryError:*", null)]
    [InlineData("RESOURCE_INITIALIZATION_ERROR", null, "ResourceInitializationError:*", null)]
    public void Expand_NamedRetryReason_BecomesBatchPattern(string on, string? exitCode, string? reason, string? statusReason)
    {
        var desired = JobDefinitionHarness.Expand(Jd.Container($"'RetryAttempts': '2', 'RetryStrategies': [{{'Action': 'retry', 'On': '{on}'}}]"));
        var e = Assert.Single(desired.Register.RetryStrategy!.EvaluateOnExit!);
        Assert.Equal(("RETRY", exitCode, reason, statusReason), (e.Action, e.OnExitCode, e.OnReason, e.OnStatusReason));
    }

    [Fact]
    public void Expand_CustomRetryReason_KeepsAllPatterns()
    {
        var desired = JobDefinitionHarness.Expand(Jd.Container("'RetryAttempts': '2', 'RetryStrategies': [{'Action': 'EXIT', 'OnExitCode': '1', 'OnReason': 'Out*', 'OnStatusReason': 'Essential*'}]"));
        var e = Assert.Single(desired.Register.RetryStrategy!.EvaluateOnExit!);
        Assert.Equal(("EXIT", "1", "Out*", "Essential*"), (e.Action, e.OnExitCode, e.OnReason, e.OnStatusReason));
    }

    [Theory]
    [InlineData("'Nodes': [{'Range': '0:3', 'Image': 'x', 'Vcpus': '1', 'Memory': '1 GiB'}, {'Range': '4:', 'Image': 'x', 'Vcpus': '1', 'Memory': '1 GiB'}]", 5)]
    [InlineData("'Nodes': [{'Range': '7', 'Image': 'x', 'Vcpus': '1', 'Memory': '1 GiB'}, {'Range': ':6', 'Image': 'x', 'Vcpus': '1', 'Memory': '1 GiB'}]", 8)]
    [InlineData("'NumNodes': '10'", 10)]
    public void Expand_MultiNode_NumNodesDefaultsToHighestNamedNodePlusOne(string fragment, int numNodes) =>
        Assert.Equal(numNodes, JobDefinitionHarness.Expand(Jd.MultiNode(fragment)).Register.NodeProperties!.NumNodes);

    [Fact]
    public void Expand_FargateOptions_AreOnTheWire()
    {
        var c = JobDefinitionHarness.Expand(Jd.Fargate("'AssignPublicIp': 'true', 'FargatePlatformVersion': '1.4.0', 'EphemeralStorage': '50 GiB', 'RuntimePlatform': {'CpuArchitecture': 'ARM64'}"))
            .Register.ContainerProperties!;
        Assert.Equal(("ENABLED", "1.4.0", 50, "ARM64"), (c.NetworkConfiguration!.AssignPublicIp, c.FargatePlatformConfiguration!.PlatformVersion, c.EphemeralStorage!.SizeInGiB, c.RuntimePlatform!.CpuArchitecture));
    }

    [Fact]
    public void Expand_NeverUsesDeprecatedVcpusAndMemoryFields()
    {
        var c = JobDefinitionHarness.Expand(ExampleJobDefinitions.Train).Register.ContainerProperties!;
        Assert.Equal((null, null), (c.Vcpus, c.Memory));
    }

    [Fact]
    public void Expand_OwnTagsOverrideStackTags_AndOwnershipTagsWin()
    {
        var tags = JobDefinitionHarness.Expand(Jd.Container("'Tags': {'team': 'vision', 'batchprovider:stack': 'other'}")).Register.Tags!;
        Assert.Equal(("vision", "research"), (tags["team"], tags["batchprovider:stack"]));
    }

    [Fact]
    public void Expand_EksVolumesOfEachKind()
    {
        var pod = JobDefinitionHarness.Expand(Jd.Eks("'Volumes': [{'Name': 'a', 'EmptyDir': {'Medium': 'Memory', 'SizeLimit': '1Gi'}}, {'Name': 'b', 'HostPath': {'Path': '/x'}}, {'Name': 'c', 'Secret': {'SecretName': 's', 'Optional': 'true'}}]"))
            .Register.EksProperties!.PodProperties!;
        Assert.Equal(("Memory", "/x", "s"), (pod.Volumes![0].EmptyDir!.Medium, pod.Volumes[1].HostPath!.Path, pod.Volumes[2].Secret!.SecretName));
    }

    [Fact]
    public void KindName_CoversEveryKind() =>
        Assert.Equal(["Container", "MultiNode", "Eks"],
            new JobDefinitionSpec[] { new ContainerJobDefinition("a", PropertyPath.Root) { Container = new(PropertyPath.Root) }, new MultiNodeJobDefinition("b", PropertyPath.Root), new EksJobDefinition("c", PropertyPath.Root) }
                .Select(JobDefinitionExpander.KindName));
}
