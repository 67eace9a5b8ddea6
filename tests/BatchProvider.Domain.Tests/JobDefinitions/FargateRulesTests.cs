using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Validation.JobDefinitions;

namespace BatchProvider.Domain.Tests.JobDefinitions;

public class FargateRulesTests
{
    public static TheoryData<string, string, string> Invalid => new()
    {
        { "'ExecutionRole': null", "ExecutionRole", DiagnosticCodes.FargateExecutionRoleMissing },
        { "'Gpus': '1'", "Gpus", DiagnosticCodes.NotOnFargate },
        { "'Privileged': 'true'", "Privileged", DiagnosticCodes.NotOnFargate },
        { "'Ulimits': [{'Name': 'nofile', 'SoftLimit': '1', 'HardLimit': '1'}]", "Ulimits", DiagnosticCodes.NotOnFargate },
        { "'InstanceType': 'm6i.large'", "InstanceType", DiagnosticCodes.NotOnFargate },
        { "'Volumes': [{'Name': 'v', 'HostPath': '/x'}]", "Volumes[0].HostPath", DiagnosticCodes.NotOnFargate },
        { "'LinuxParameters': {'Devices': [{'HostPath': '/dev/x'}]}", "LinuxParameters.Devices", DiagnosticCodes.NotOnFargate },
        { "'LinuxParameters': {'MaxSwap': '1 GiB'}", "LinuxParameters.MaxSwap", DiagnosticCodes.NotOnFargate },
        { "'LinuxParameters': {'SharedMemory': '64'}", "LinuxParameters.SharedMemory", DiagnosticCodes.NotOnFargate },
        { "'LinuxParameters': {'Tmpfs': [{'ContainerPath': '/t', 'Size': '8'}]}", "LinuxParameters.Tmpfs", DiagnosticCodes.NotOnFargate },
        { "'LogConfiguration': {'Driver': 'syslog'}", "LogConfiguration.Driver", DiagnosticCodes.FargateLogDriver },
        { "'Vcpus': '4', 'Memory': '2 GiB'", "Memory", DiagnosticCodes.FargateResourceCombination },
        { "'Vcpus': '0.25', 'Memory': '4 GiB'", "Memory", DiagnosticCodes.FargateResourceCombination },
        { "'Vcpus': '8', 'Memory': '18 GiB'", "Memory", DiagnosticCodes.FargateResourceCombination },
        { "'Vcpus': '3', 'Memory': '6 GiB'", "Vcpus", DiagnosticCodes.FargateResourceCombination },
        { "'EphemeralStorage': '20'", "EphemeralStorage", DiagnosticCodes.EphemeralStorageOutOfRange },
        { "'EphemeralStorage': '201 GiB'", "EphemeralStorage", DiagnosticCodes.EphemeralStorageOutOfRange },
        { "'RuntimePlatform': {'OperatingSystemFamily': 'WINDOWS_SERVER_2022_CORE', 'CpuArchitecture': 'ARM64'}", "RuntimePlatform.CpuArchitecture", DiagnosticCodes.RuntimePlatformInvalid },
        { "'RuntimePlatform': {'OperatingSystemFamily': 'WINDOWS_SERVER_2022_CORE'}, 'ReadonlyRootFilesystem': 'true'", "ReadonlyRootFilesystem", DiagnosticCodes.WindowsRestriction },
        { "'RuntimePlatform': {'OperatingSystemFamily': 'WINDOWS_SERVER_2019_FULL'}, 'User': 'x'", "User", DiagnosticCodes.WindowsRestriction },
        { "'RuntimePlatform': {'OperatingSystemFamily': 'WINDOWS_SERVER_2019_FULL'}, 'LinuxParameters': {'InitProcessEnabled': 'true'}", "LinuxParameters", DiagnosticCodes.WindowsRestriction },
        { "'RuntimePlatform': {'OperatingSystemFamily': 'WINDOWS_SERVER_2019_FULL'}, 'Volumes': [{'Name': 'v', 'Efs': {'FileSystemId': 'fs-1'}}]", "Volumes[0].Efs", DiagnosticCodes.WindowsRestriction },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_WhenFargateJobInvalid_Reports(string fragment, string property, string code) =>
        RuleAssert.Reports(Jd.Fargate(fragment), "JobDefinitions[0]." + property, code);

    [Theory]
    [InlineData("'Vcpus': '0.25', 'Memory': '512'")]
    [InlineData("'Vcpus': '0.5', 'Memory': '1 GiB'")]
    [InlineData("'Vcpus': '4', 'Memory': '30 GiB'")]
    [InlineData("'Vcpus': '8', 'Memory': '16 GiB'")]
    [InlineData("'Vcpus': '16', 'Memory': '120 GiB'")]
    [InlineData("'EphemeralStorage': '21', 'LogConfiguration': {'Driver': 'awsfirelens'}, 'AssignPublicIp': 'true', 'FargatePlatformVersion': '1.4.0'")]
    [InlineData("'EphemeralStorage': '200 GiB', 'LogConfiguration': {'Driver': 'splunk'}, 'LinuxParameters': {'InitProcessEnabled': 'true'}, 'Privileged': 'false'")]
    [InlineData("'RuntimePlatform': {'OperatingSystemFamily': 'LINUX', 'CpuArchitecture': 'ARM64'}, 'Gpus': '0'")]
    public void Validate_WhenFargateJobValid_IsClean(string fragment) => RuleAssert.Clean(Jd.Fargate(fragment));

    [Fact]
    public void Message_FargatePair_ListsMemoryValidForTheVcpus() =>
        Assert.Equal("Memory 2048 MiB is not valid with 4 vCPU on Fargate; use one of 8192 to 30720 MiB in steps of 1024 MiB.",
            RuleAssert.Reports(Jd.Fargate("'Vcpus': '4', 'Memory': '2 GiB'"), "JobDefinitions[0].Memory", DiagnosticCodes.FargateResourceCombination).Message);

    [Fact]
    public void Message_FargatePair_ListsShortSetsInFull() =>
        Assert.Equal("Memory 4096 MiB is not valid with 0.25 vCPU on Fargate; use one of 512, 1024, 2048 MiB.",
            RuleAssert.Reports(Jd.Fargate("'Vcpus': '0.25', 'Memory': '4 GiB'"), "JobDefinitions[0].Memory", DiagnosticCodes.FargateResourceCombination).Message);

    [Fact]
    public void Message_ExecutionRoleMissing() =>
        Assert.Equal("ExecutionRole is required for a Fargate job; give the ARN of an ECS task execution role (it pulls the image and writes logs).",
            RuleAssert.Reports(Jd.Fargate("'ExecutionRole': null"), "JobDefinitions[0].ExecutionRole", DiagnosticCodes.FargateExecutionRoleMissing).Message);

    [Theory]
    [InlineData(0.25, 3)]
    [InlineData(0.5, 4)]
    [InlineData(1, 7)]
    [InlineData(2, 13)]
    [InlineData(4, 23)]
    [InlineData(8, 12)]
    [InlineData(16, 12)]
    public void Matrix_HasTheDocumentedNumberOfMemoryValues(double vcpus, int count) =>
        Assert.Equal(count, FargateResources.MemoryFor((decimal)vcpus).Length);
}
