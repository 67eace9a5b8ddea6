using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Tests.JobDefinitions;

public class JobDefinitionParserTests
{
    public static TheoryData<string, Type> Examples => new()
    {
        { ExampleJobDefinitions.Train, typeof(ContainerJobDefinition) },
        { ExampleJobDefinitions.NightlyEtl, typeof(ContainerJobDefinition) },
        { ExampleJobDefinitions.MpiSim, typeof(MultiNodeJobDefinition) },
        { Jd.EksBase, typeof(EksJobDefinition) },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parse_WhenExampleJobDefinition_GivesItsKindWithoutDiagnostics(string json, Type kind)
    {
        var (spec, bag) = JobDefinitionHarness.Parse(json);
        Assert.Empty(bag.Items);
        Assert.IsType(kind, spec);
    }

    [Fact]
    public void Parse_WhenTrainExample_ReadsEveryValue()
    {
        var spec = Assert.IsType<ContainerJobDefinition>(JobDefinitionHarness.Parse(ExampleJobDefinitions.Train).Spec);
        Assert.Equal(("train", JobPlatform.Ec2, 4m, 14336L, 1L), (spec.Id, spec.Platform, spec.Container.Vcpus, spec.Container.MemoryMiB, spec.Container.Gpus));
        Assert.Equal(new[] { "python3", "train.py", "--epochs", "Ref::epochs" }, spec.Container.Command!.Value.AsEnumerable());
        Assert.Equal("{{Ref TrainingRoleArn}}", spec.Container.JobRole);
        Assert.Equal((14400L, 3L), (spec.TimeoutSeconds, spec.RetryAttempts));
        Assert.Equal(
            [RetryReason.SpotInstanceReclaimed, RetryReason.CannotPullContainer, RetryReason.Custom(onExitCode: "40*")],
            spec.RetryStrategies!.Value.Select(r => r.On));
        Assert.Equal([RetryAction.Retry, RetryAction.Exit, RetryAction.Exit], spec.RetryStrategies!.Value.Select(r => r.Action));
        Assert.Equal("JobDefinitions[0].RetryStrategies[2]", spec.RetryStrategies!.Value[2].Path.ToString());
    }

    [Fact]
    public void Parse_WhenFargateExample_ReadsFractionalVcpusAndFargateOptions()
    {
        var spec = Assert.IsType<ContainerJobDefinition>(JobDefinitionHarness.Parse(ExampleJobDefinitions.NightlyEtl).Spec);
        Assert.Equal((JobPlatform.Fargate, 0.5m, 1024L, false), (spec.Platform, spec.Container.Vcpus, spec.Container.MemoryMiB, spec.Fargate.AssignPublicIp));
    }

    [Theory]
    [InlineData("{'Kind': 'Container', 'Image': 'x'}", "JobDefinitions[0].Id", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("{'Id': 'j', 'Image': 'x'}", "JobDefinitions[0].Kind", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("{'Id': 'j', 'Kind': 'Containr', 'Image': 'x'}", "JobDefinitions[0].Kind", DiagnosticCodes.InvalidEnumValue)]
    [InlineData("{'Id': 'j', 'Kind': {'Ref': 'KindParam'}, 'Image': 'x'}", "JobDefinitions[0].Kind", DiagnosticCodes.WrongType)]
    public void Parse_WhenIdOrKindUnusable_ReturnsNullAndReports(string json, string path, string code)
    {
        var (spec, bag) = JobDefinitionHarness.Parse(json);
        Assert.Null(spec);
        Assert.Contains(bag.Items, d => d.Path.ToString() == path && d.Code == code);
    }

    [Theory]
    [InlineData("Container", "'Imagee': 'x'", "JobDefinitions[0].Imagee", DiagnosticCodes.UnknownProperty)]
    [InlineData("Eks", "'PropagateTags': 'true'", "JobDefinitions[0].PropagateTags", DiagnosticCodes.PropertyNotInKind)]
    [InlineData("Eks", "'Platform': 'EC2'", "JobDefinitions[0].Platform", DiagnosticCodes.PropertyNotInKind)]
    [InlineData("Eks", "'Image': 'x'", "JobDefinitions[0].Image", DiagnosticCodes.PropertyNotInKind)]
    [InlineData("MultiNode", "'Vcpus': '2'", "JobDefinitions[0].Vcpus", DiagnosticCodes.PropertyNotInKind)]
    [InlineData("MultiNode", "'Platform': 'FARGATE'", "JobDefinitions[0].Platform", DiagnosticCodes.MultiNodeOnFargate)]
    [InlineData("Container", "'Platform': 'LAMBDA'", "JobDefinitions[0].Platform", DiagnosticCodes.InvalidEnumValue)]
    [InlineData("Container", "'Preset': 'Gpus'", "JobDefinitions[0].Preset", DiagnosticCodes.InvalidEnumValue)]
    [InlineData("Container", "'Preset': {'Ref': 'P'}", "JobDefinitions[0].Preset", DiagnosticCodes.UnresolvedValue)]
    [InlineData("Container", "'Vcpus': {'Ref': 'V'}", "JobDefinitions[0].Vcpus", DiagnosticCodes.UnresolvedValue)]
    [InlineData("Container", "'Vcpus': 'four'", "JobDefinitions[0].Vcpus", DiagnosticCodes.WrongType)]
    [InlineData("Container", "'Memory': 'lots'", "JobDefinitions[0].Memory", DiagnosticCodes.WrongType)]
    [InlineData("Container", "'Timeout': 'soon'", "JobDefinitions[0].Timeout", DiagnosticCodes.WrongType)]
    [InlineData("Container", "'RetryStrategies': [{'Action': 'RETRY', 'On': 'SPOT_RECLAIMED'}]", "JobDefinitions[0].RetryStrategies[0].On", DiagnosticCodes.InvalidEnumValue)]
    [InlineData("Container", "'RetryStrategies': [{'Action': 'RETRY', 'On': 'NON_ZERO_EXIT_CODE', 'OnExitCode': '1'}]", "JobDefinitions[0].RetryStrategies[0].On", DiagnosticCodes.RetryConditionConflict)]
    [InlineData("Container", "'RetryStrategies': [{'Action': 'RETRY'}]", "JobDefinitions[0].RetryStrategies[0]", DiagnosticCodes.RetryConditionMissing)]
    [InlineData("Container", "'RetryStrategies': [{'On': 'NON_ZERO_EXIT_CODE'}]", "JobDefinitions[0].RetryStrategies[0].Action", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Container", "'Volumes': [{'Name': 'v', 'HostPath': '/d', 'Efs': {'FileSystemId': 'fs-1'}}]", "JobDefinitions[0].Volumes[0].Efs", DiagnosticCodes.VolumeSourceConflict)]
    [InlineData("Container", "'Volumes': [{'Name': 'v', 'Efs': {}}]", "JobDefinitions[0].Volumes[0].Efs.FileSystemId", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Container", "'Ulimits': [{'Name': 'nofiles', 'SoftLimit': '1', 'HardLimit': '2'}]", "JobDefinitions[0].Ulimits[0].Name", DiagnosticCodes.InvalidEnumValue)]
    [InlineData("Container", "'Ulimits': [{'Name': 'nofile', 'SoftLimit': '1'}]", "JobDefinitions[0].Ulimits[0].HardLimit", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Container", "'LogConfiguration': {'Driver': 'cloudwatch'}", "JobDefinitions[0].LogConfiguration.Driver", DiagnosticCodes.InvalidEnumValue)]
    [InlineData("Container", "'LinuxParameters': {'Tmpfs': [{'ContainerPath': '/t'}]}", "JobDefinitions[0].LinuxParameters.Tmpfs[0].Size", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Container", "'LinuxParameters': {'Swapiness': '10'}", "JobDefinitions[0].LinuxParameters.Swapiness", DiagnosticCodes.UnknownProperty)]
    [InlineData("Eks", "'Volumes': [{'Name': 'v'}]", "JobDefinitions[0].Volumes[0]", DiagnosticCodes.EksVolumeSource)]
    [InlineData("Eks", "'Volumes': [{'Name': 'v', 'EmptyDir': {}, 'HostPath': {'Path': '/x'}}]", "JobDefinitions[0].Volumes[0]", DiagnosticCodes.EksVolumeSource)]
    [InlineData("Eks", "'DnsPolicy': 'None'", "JobDefinitions[0].DnsPolicy", DiagnosticCodes.InvalidEnumValue)]
    [InlineData("MultiNode", "'Nodes': [{'Image': 'x', 'Vcpus': '1', 'Memory': '1 GiB'}]", "JobDefinitions[0].Nodes[0].Range", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("MultiNode", "'Nodes': [{'Range': '0', 'Image': 'x', 'Timeout': '1h'}]", "JobDefinitions[0].Nodes[0].Timeout", DiagnosticCodes.UnknownProperty)]
    public void Parse_WhenPropertyIsWrong_ReportsItAtItsPath(string kind, string fragment, string path, string code)
    {
        var (_, bag) = JobDefinitionHarness.Parse(Jd.Of(kind, fragment));
        Assert.Contains(bag.Items, d => d.Path.ToString() == path && d.Code == code);
    }

    [Fact]
    public void Parse_WhenPropertyOfAnotherKind_SaysSo()
    {
        var (_, bag) = JobDefinitionHarness.Parse(Jd.Eks("'PropagateTags': 'true'"));
        var d = Assert.Single(bag.Items);
        Assert.Equal("PropagateTags is not a property of an Eks job definition; remove it.", d.Message);
    }

    [Fact]
    public void Parse_WhenEveryContainerPropertyGiven_ReadsThemWithoutDiagnostics()
    {
        var json = Jd.Container("""
            'Secrets': [{'Name': 'DB', 'ValueFrom': '/prod/db'}],
            'Volumes': [{'Name': 'data', 'Efs': {'FileSystemId': 'fs-1', 'TransitEncryption': 'true', 'AccessPointId': 'fsap-1', 'Iam': 'true', 'TransitEncryptionPort': '2049'}}, {'Name': 'scratch', 'HostPath': '/scratch'}],
            'MountPoints': [{'SourceVolume': 'data', 'ContainerPath': '/data', 'ReadOnly': 'true'}],
            'LinuxParameters': {'InitProcessEnabled': 'true', 'SharedMemory': '64', 'MaxSwap': '1 GiB', 'Swappiness': '10',
                                'Devices': [{'HostPath': '/dev/fuse', 'Permissions': ['read', 'WRITE']}], 'Tmpfs': [{'ContainerPath': '/t', 'Size': '128'}]},
            'LogConfiguration': {'Driver': 'awslogs', 'Options': {'awslogs-group': '/batch'}, 'SecretOptions': [{'Name': 'K', 'ValueFrom': 'k'}]},
            'Ulimits': [{'Name': 'nofile', 'SoftLimit': '1024', 'HardLimit': '4096'}],
            'User': '1000', 'Privileged': 'false', 'ReadonlyRootFilesystem': 'true', 'InstanceType': 'm6i.large',
            'PropagateTags': 'true', 'SchedulingPriority': '5', 'Tags': {'a': 'b'}
            """);
        var (spec, bag) = JobDefinitionHarness.Parse(json);
        Assert.Empty(bag.Items);
        var c = Assert.IsType<ContainerJobDefinition>(spec).Container;
        Assert.Equal((2, 1, 1024L, 10L), (c.Volumes.Length, c.MountPoints.Length, c.LinuxParameters!.MaxSwapMiB, c.LinuxParameters.Swappiness));
        Assert.Equal(new[] { "READ", "WRITE" }, c.LinuxParameters.Devices[0].Permissions.AsEnumerable());
    }
}
