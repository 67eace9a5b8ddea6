using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Tests.JobDefinitions;

public class ContainerRulesTests
{
    private const string Efs = "'Volumes': [{'Name': 'data', 'Efs': {'FileSystemId': 'fs-1'";

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "'Image': null", "Image", DiagnosticCodes.JobPropertyRequired },
        { "'Image': 'my image'", "Image", DiagnosticCodes.InvalidImage },
        { $"'Image': '{new string('a', 256)}'", "Image", DiagnosticCodes.InvalidImage },
        { "'Vcpus': null", "Vcpus", DiagnosticCodes.JobPropertyRequired },
        { "'Memory': null", "Memory", DiagnosticCodes.JobPropertyRequired },
        { "'Vcpus': '0.5'", "Vcpus", DiagnosticCodes.Ec2VcpusInvalid },
        { "'Vcpus': '1.5'", "Vcpus", DiagnosticCodes.Ec2VcpusInvalid },
        { "'Memory': '3'", "Memory", DiagnosticCodes.MemoryTooSmall },
        { "'Gpus': '-1'", "Gpus", DiagnosticCodes.JobValueOutOfRange },
        { "'Environment': {'AWS_BATCH_JOB_ID': 'x'}", "Environment.AWS_BATCH_JOB_ID", DiagnosticCodes.ReservedEnvironmentName },
        { "'Secrets': [{'Name': 'AWS_BATCHY', 'ValueFrom': 'p'}]", "Secrets[0].Name", DiagnosticCodes.ReservedEnvironmentName },
        { "'Environment': {'DB': 'x'}, 'Secrets': [{'Name': 'DB', 'ValueFrom': 'p'}]", "Secrets[0].Name", DiagnosticCodes.DuplicateEnvironmentName },
        { "'Secrets': [{'Name': 'DB', 'ValueFrom': 'arn:aws:s3:::bucket/key'}]", "Secrets[0].ValueFrom", DiagnosticCodes.InvalidSecretReference },
        { "'Secrets': [{'Name': 'DB', 'ValueFrom': 'my secret'}]", "Secrets[0].ValueFrom", DiagnosticCodes.InvalidSecretReference },
        { "'LogConfiguration': {'Driver': 'awslogs', 'SecretOptions': [{'Name': 'K', 'ValueFrom': 'a b'}]}", "LogConfiguration.SecretOptions[0].ValueFrom", DiagnosticCodes.InvalidSecretReference },
        { "'MountPoints': [{'SourceVolume': 'data', 'ContainerPath': '/d'}]", "MountPoints[0].SourceVolume", DiagnosticCodes.UnknownVolume },
        { "'Volumes': [{'Name': 'a', 'HostPath': '/a'}, {'Name': 'a', 'HostPath': '/b'}]", "Volumes[1].Name", DiagnosticCodes.DuplicateVolumeName },
        { Efs + ", 'AccessPointId': 'fsap-1'}}]", "Volumes[0].Efs.TransitEncryption", DiagnosticCodes.EfsConfiguration },
        { Efs + ", 'AccessPointId': 'fsap-1', 'TransitEncryption': 'true', 'RootDirectory': '/data'}}]", "Volumes[0].Efs.RootDirectory", DiagnosticCodes.EfsConfiguration },
        { Efs + ", 'Iam': 'true'}}]", "Volumes[0].Efs.TransitEncryption", DiagnosticCodes.EfsConfiguration },
        { Efs + ", 'TransitEncryption': 'true', 'TransitEncryptionPort': '70000'}}]", "Volumes[0].Efs.TransitEncryptionPort", DiagnosticCodes.JobValueOutOfRange },
        { "'LinuxParameters': {'MaxSwap': '1 GiB', 'Swappiness': '101'}", "LinuxParameters.Swappiness", DiagnosticCodes.SwappinessInvalid },
        { "'LinuxParameters': {'Swappiness': '10'}", "LinuxParameters.Swappiness", DiagnosticCodes.SwappinessInvalid },
        { "'LinuxParameters': {'Tmpfs': [{'ContainerPath': '/t', 'Size': '0'}]}", "LinuxParameters.Tmpfs[0].Size", DiagnosticCodes.JobValueOutOfRange },
        { "'LinuxParameters': {'Devices': [{'HostPath': '/dev/x', 'Permissions': ['EXECUTE']}]}", "LinuxParameters.Devices[0].Permissions", DiagnosticCodes.InvalidEnumValue },
        { "'Ulimits': [{'Name': 'nofile', 'SoftLimit': '8192', 'HardLimit': '4096'}]", "Ulimits[0].SoftLimit", DiagnosticCodes.UlimitInvalid },
        { "'AssignPublicIp': 'true'", "AssignPublicIp", DiagnosticCodes.FargateOnlyProperty },
        { "'InstanceType': 'm6i.large'", "InstanceType", DiagnosticCodes.InstanceTypeOnlyForMultiNode },
        { "'FargatePlatformVersion': 'LATEST'", "FargatePlatformVersion", DiagnosticCodes.FargateOnlyProperty },
        { "'EphemeralStorage': '50'", "EphemeralStorage", DiagnosticCodes.FargateOnlyProperty },
        { "'RuntimePlatform': {'CpuArchitecture': 'ARM64'}", "RuntimePlatform", DiagnosticCodes.FargateOnlyProperty },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_WhenEc2ContainerInvalid_Reports(string fragment, string property, string code) =>
        RuleAssert.Reports(Jd.Container(fragment), "JobDefinitions[0]." + property, code);

    [Theory]
    [InlineData("")]
    [InlineData("'Platform': 'EC2', 'Vcpus': '96', 'Memory': '4', 'Gpus': '8'")]
    [InlineData("'Image': '123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:abcdef'")]
    [InlineData("'Image': {'Fn::Sub': 'x y'}")]
    [InlineData("'Secrets': [{'Name': 'A', 'ValueFrom': 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf'}, {'Name': 'B', 'ValueFrom': 'arn:aws:ssm:us-east-1:123456789012:parameter/prod/db'}, {'Name': 'C', 'ValueFrom': '/prod/db'}]")]
    [InlineData("'Volumes': [{'Name': 'data', 'Efs': {'FileSystemId': 'fs-1', 'AccessPointId': 'fsap-1', 'TransitEncryption': 'true', 'RootDirectory': '/', 'Iam': 'true'}}], 'MountPoints': [{'SourceVolume': 'data', 'ContainerPath': '/d'}]")]
    [InlineData("'LinuxParameters': {'MaxSwap': '0', 'Swappiness': '0', 'SharedMemory': '64', 'InitProcessEnabled': 'true', 'Devices': [{'HostPath': '/dev/fuse', 'Permissions': ['READ', 'MKNOD']}]}")]
    [InlineData("'Ulimits': [{'Name': 'nofile', 'SoftLimit': '4096', 'HardLimit': '4096'}], 'LogConfiguration': {'Driver': 'syslog'}, 'Privileged': 'true', 'User': 'nobody'")]
    public void Validate_WhenEc2ContainerValid_IsClean(string fragment) => RuleAssert.Clean(Jd.Container(fragment));

    [Fact]
    public void Message_UnknownVolume_ListsDeclaredVolumes() =>
        Assert.Equal("SourceVolume \"dta\" names no volume; use one of data.",
            RuleAssert.Reports(Jd.Container("'Volumes': [{'Name': 'data', 'HostPath': '/d'}], 'MountPoints': [{'SourceVolume': 'dta', 'ContainerPath': '/d'}]"),
                "JobDefinitions[0].MountPoints[0].SourceVolume", DiagnosticCodes.UnknownVolume).Message);

    [Fact]
    public void Message_FargateOnlyPropertyOnEc2_NamesIt() =>
        Assert.Equal("AssignPublicIp applies only to Fargate jobs; remove it or set Platform: FARGATE.",
            RuleAssert.Reports(Jd.Container("'AssignPublicIp': 'false'"), "JobDefinitions[0].AssignPublicIp", DiagnosticCodes.FargateOnlyProperty).Message);

    [Fact]
    public void Message_Ec2FractionalVcpus() =>
        Assert.Equal("Vcpus is 0.5; EC2 jobs need a whole number of at least 1 (fractions such as 0.25 exist only on Fargate).",
            RuleAssert.Reports(Jd.Container("'Vcpus': '0.5'"), "JobDefinitions[0].Vcpus", DiagnosticCodes.Ec2VcpusInvalid).Message);
}
