using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Expansion.JobDefinitions;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Parsing.JobDefinitions;
using BatchProvider.Domain.Validation.JobDefinitions;
using FsCheck;
using FsCheck.Fluent;

using BatchProvider.Domain.Tests.Properties;

namespace BatchProvider.Domain.Tests.JobDefinitions;

/// <summary>Parse, Expand and Validate are total: no tree under a job-definition item makes them throw.</summary>
public class JobDefinitionPropertyTests
{
    private static readonly string[] Scalars =
    [
        "", " ", "0", "-1", "1", "2", "3", "4", "16", "0.25", "0.5", "1.5", "1e3", "99999999999", "-99999999999", "NaN",
        "14 GiB", "2 TiB", "512", "3 MiB", "4h", "59s", "7d", "true", "false", "EC2", "FARGATE", "Container", "MultiNode", "Eks",
        "RETRY", "EXIT", "SPOT_INSTANCE_RECLAIMED", "NON_ZERO_EXIT_CODE", "40*", "*", "Host EC2*", "0:3", "4:", ":2", ":", "5:2", "a:b",
        "Ref::epochs", "AWS_BATCH_X", "kube-system", "default", "2048Mi", "2Gi", "1500m", "0.3", "nvidia.com/gpu", "WINDOWS_SERVER_2022_CORE",
        "ARM64", "awslogs", "syslog", "nofile", "m6i.large", "c6i.4xlarge", "bogus.type", "{{Fn::GetAtt X.Arn}}", "arn:aws:ssm:us-east-1:123456789012:parameter/x",
        "DataProcessing", "Gpu", "RealTime", "Memory", "READ", new string('x', 600),
    ];

    private static readonly string[] Keys =
    [
        .. JobDefinitionProperties.All, .. JobDefinitionProperties.NodeRange,
        "Efs", "FileSystemId", "AccessPointId", "TransitEncryption", "Iam", "RootDirectory", "TransitEncryptionPort", "HostPath", "Name",
        "SourceVolume", "ContainerPath", "ReadOnly", "Devices", "Permissions", "Tmpfs", "Size", "MountOptions", "MaxSwap", "Swappiness",
        "SharedMemory", "InitProcessEnabled", "Driver", "Options", "SecretOptions", "ValueFrom", "SoftLimit", "HardLimit", "Range",
        "Action", "On", "OnExitCode", "OnReason", "OnStatusReason", "Resources", "Limits", "Requests", "cpu", "memory", "nvidia.com/gpu",
        "EmptyDir", "Secret", "SecretName", "Optional", "Path", "Medium", "SizeLimit", "Namespace", "Labels", "Annotations", "VolumeMounts",
        "MountPath", "SubPath", "Env", "Args", "ImagePullPolicy", "SecurityContext", "RunAsUser", "RunAsGroup", "CpuArchitecture",
        "OperatingSystemFamily", "Unknown", "",
    ];

    private static Gen<RandomTree> TreeGen(int size)
    {
        var leaf = Gen.Frequency(
            (8, Gen.Elements(Scalars).Select(s => (RandomTree)new RandomTree.Leaf(s))),
            (1, Gen.Constant((RandomTree)new RandomTree.Nil())),
            (1, Gen.Constant((RandomTree)new RandomTree.Opaque("Ref P"))));
        if (size <= 0) return leaf;
        var child = TreeGen(size / 3);
        return Gen.Frequency(
            (4, leaf),
            (2, Gen.ListOf(child, Math.Min(size, 6)).Select(l => (RandomTree)new RandomTree.Items([.. l]))),
            (3, Gen.ListOf(Gen.Zip(Gen.Elements(Keys), child), Math.Min(size, 8)).Select(l => (RandomTree)new RandomTree.Obj([.. l]))));
    }

    private static Gen<RandomTree> ItemGen =>
        Gen.Sized(size =>
            from id in Gen.Elements<RandomTree>(new RandomTree.Leaf("j"), new RandomTree.Leaf("j"), new RandomTree.Nil(), new RandomTree.Opaque("Ref Id"), new RandomTree.Items([]))
            from kind in Gen.Elements<RandomTree>(new RandomTree.Leaf("Container"), new RandomTree.Leaf("MultiNode"), new RandomTree.Leaf("Eks"), new RandomTree.Leaf("Job"), new RandomTree.Obj([]))
            from rest in Gen.ListOf(Gen.Zip(Gen.Elements(Keys), TreeGen(Math.Min(size, 30))), 12)
            select (RandomTree)new RandomTree.Obj([("Id", id), ("Kind", kind), .. rest]));


    private static readonly DesiredComputeEnvironment Spot = new("spot", "research-spot", "ManagedEc2",
        new CreateComputeEnvironmentRequest { ComputeResources = new ComputeResource { Type = "SPOT", MaxvCpus = 64, InstanceTypes = ["m6i", "g5.xlarge"] } }, null, null);

    private static bool RoundTrip(RandomTree tree)
    {
        var bag = new DiagnosticBag();
        var item = (MapNode)tree.ToNode(PropertyPath.Root.Property("JobDefinitions").Index(3));
        var spec = JobDefinitionParser.Parse(item, bag);
        if (spec is null) return bag.HasErrors;
        var desired = JobDefinitionExpander.Expand(spec, JobDefinitionHarness.Context);
        var stack = new DesiredState("research", [Spot], [],
            [new DesiredJobQueue("q", "research-q", new CreateJobQueueRequest(), [new QueueComputeEnvironment("spot", null, 1)], null, null)],
            [desired], new DesiredOptions(0));
        JobDefinitionRules.Validate(spec, desired, stack, bag);
        JobDefinitionRules.Validate(spec, desired, JobDefinitionHarness.EmptyStack(desired), bag);
        // Every diagnostic points into the item.
        return bag.Items.All(d => d.Path.ToString().StartsWith("JobDefinitions[3]", StringComparison.Ordinal));
    }

    [Fact]
    public void ParseExpandValidate_OnRandomTrees_NeverThrow_AndReportInsideTheItem() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MaxTest), Prop.ForAll(Arb.From(ItemGen), RoundTrip));

    private const int MaxTest = 300;

    [Theory]
    [InlineData(ExampleJobDefinitions.Train)]
    [InlineData(ExampleJobDefinitions.NightlyEtl)]
    [InlineData(ExampleJobDefinitions.MpiSim)]
    public void ParseExpandValidate_WhenOneExampleValueIsReplacedByAnything_NeverThrow(string example)
    {
        var item = NodeJson.Item(example, 3);
        var gen = from index in Gen.Choose(0, item.Entries.Length - 1)
                  from value in TreeGen(6)
                  select (index, value);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MaxTest), Prop.ForAll(Arb.From(gen), pick =>
        {
            var entries = item.Entries.SetItem(pick.index, new KeyValuePair<string, Node>(item.Entries[pick.index].Key,
                pick.value.ToNode(item.Path.Property(item.Entries[pick.index].Key))));
            var bag = new DiagnosticBag();
            if (JobDefinitionParser.Parse(item with { Entries = entries }, bag) is { } spec)
            {
                var desired = JobDefinitionExpander.Expand(spec, JobDefinitionHarness.Context);
                JobDefinitionRules.Validate(spec, desired, JobDefinitionHarness.EmptyStack(desired), bag);
            }
            return true;
        }));
    }
}
