using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Tests.JobDefinitions;

public class EksRulesTests
{
    private static string Resources(string limits, string requests = "") =>
        $"'Containers': [{{'Image': 'x', 'Resources': {{'Limits': {{{limits}}}, 'Requests': {{{requests}}}}}}}]";

    private static string Containers(int count, string name = "") =>
        "'Containers': [" + string.Join(", ", Enumerable.Range(0, count).Select(i => $"{{'Name': '{(name.Length > 0 ? name : "c" + i)}', 'Image': 'x'}}")) + "]";

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "'Containers': []", "Containers", DiagnosticCodes.JobPropertyRequired },
        { Containers(11), "Containers", DiagnosticCodes.EksTooManyContainers },
        { "'InitContainers': [" + string.Join(", ", Enumerable.Range(0, 11).Select(i => $"{{'Name': 'i{i}', 'Image': 'x'}}")) + "]", "InitContainers", DiagnosticCodes.EksTooManyContainers },
        { Containers(2, "main"), "Containers[1].Name", DiagnosticCodes.EksDuplicateContainerName },
        { "'Containers': [{'Image': 'x'}, {'Image': 'y'}]", "Containers[1].Name", DiagnosticCodes.EksDuplicateContainerName },
        { "'Containers': [{'Image': 'bad image'}]", "Containers[0].Image", DiagnosticCodes.InvalidImage },
        { "'Containers': [{'Image': 'x', 'Env': {'AWS_BATCH_JOB': '1'}}]", "Containers[0].Env.AWS_BATCH_JOB", DiagnosticCodes.ReservedEnvironmentName },
        { Resources("'memory': '2Gi'"), "Containers[0].Resources.Limits.memory", DiagnosticCodes.EksResources },
        { Resources("'memory': '2048Mi'", "'memory': '1024Mi'"), "Containers[0].Resources.Limits.memory", DiagnosticCodes.EksResources },
        { Resources("'nvidia.com/gpu': '2'", "'nvidia.com/gpu': '1'"), "Containers[0].Resources.Limits.nvidia.com/gpu", DiagnosticCodes.EksResources },
        { Resources("'memory': '3Mi'"), "Containers[0].Resources.Limits.memory", DiagnosticCodes.EksResources },
        { Resources("'nvidia.com/gpu': '0.5'"), "Containers[0].Resources.Limits.nvidia.com/gpu", DiagnosticCodes.EksResources },
        { Resources("'cpu': '0.3'"), "Containers[0].Resources.Limits.cpu", DiagnosticCodes.EksResources },
        { Resources("", "'cpu': 'lots'"), "Containers[0].Resources.Requests.cpu", DiagnosticCodes.EksResources },
        { Resources("'cpu': '1'", "'cpu': '2'"), "Containers[0].Resources.Limits.cpu", DiagnosticCodes.EksResources },
        { "'Metadata': {'Namespace': 'kube-system'}", "Metadata.Namespace", DiagnosticCodes.EksNamespace },
        { "'Metadata': {'Namespace': 'default'}", "Metadata.Namespace", DiagnosticCodes.EksNamespace },
        { "'Metadata': {'Namespace': 'Batch_Jobs'}", "Metadata.Namespace", DiagnosticCodes.EksNamespace },
        { $"'Metadata': {{'Namespace': '{new string('a', 64)}'}}", "Metadata.Namespace", DiagnosticCodes.EksNamespace },
        { "'Containers': [{'Image': 'x', 'VolumeMounts': [{'Name': 'scratch', 'MountPath': '/s'}]}]", "Containers[0].VolumeMounts[0].Name", DiagnosticCodes.EksUnknownVolume },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_WhenEksInvalid_Reports(string fragment, string property, string code) =>
        RuleAssert.Reports(Jd.Eks(fragment), "JobDefinitions[0]." + property, code);

    [Theory]
    [InlineData("")]
    [InlineData("'Containers': [{'Name': 'a', 'Image': 'x', 'Resources': {'Limits': {'cpu': '1500m', 'memory': '4096Mi', 'nvidia.com/gpu': '1'}, 'Requests': {'cpu': '0.25', 'memory': '4096Mi', 'nvidia.com/gpu': '1'}}}]")]
    [InlineData("'Metadata': {'Namespace': 'batch-jobs', 'Labels': {'a': 'b'}, 'Annotations': {'c': 'd'}}, 'ServiceAccountName': 'runner', 'HostNetwork': 'false', 'DnsPolicy': 'ClusterFirst'")]
    [InlineData("'Volumes': [{'Name': 'scratch', 'EmptyDir': {'Medium': 'Memory', 'SizeLimit': '1Gi'}}], 'Containers': [{'Image': 'x', 'VolumeMounts': [{'Name': 'scratch', 'MountPath': '/s'}], 'SecurityContext': {'RunAsUser': '1000', 'RunAsNonRoot': 'true'}}], 'InitContainers': [{'Name': 'init', 'Image': 'y'}]")]
    public void Validate_WhenEksValid_IsClean(string fragment) => RuleAssert.Clean(Jd.Eks(fragment));

    [Fact]
    public void Message_EksMemoryNotMi() =>
        Assert.Equal("memory \"2Gi\" must be a whole number of Mi, such as 2048Mi.",
            RuleAssert.Reports(Jd.Eks(Resources("'memory': '2Gi'")), "JobDefinitions[0].Containers[0].Resources.Limits.memory", DiagnosticCodes.EksResources).Message);
}
