using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Parsing;
using BatchProvider.Domain.Spec;
using BatchProvider.Domain.Tests.TestSupport;

namespace BatchProvider.Domain.Tests.Spec;

/// <summary>
/// Spec records compare by value (style rule 13): two parses of one template are one honest <c>Equals</c>, and any
/// edit to what the user wrote makes them differ.
/// </summary>
public class SpecEqualityTests
{
    private static readonly string Example = File.ReadAllText(Specs.Example("research-platform.yaml"));

    /// <summary>Every list and map of the spec records, so that a member compared by reference would show.</summary>
    private const string EveryCollection = """
        Resources:
          Stack:
            Type: Custom::BatchStack
            Properties:
              Name: all
              Tags: { team: research }
              Defaults: { Subnets: [subnet-1, subnet-2], SecurityGroups: [sg-1], InstanceRole: "arn:aws:iam::123456789012:instance-profile/batch", Tags: { a: "1" } }
              ComputeEnvironments:
                - Id: ec2
                  Kind: ManagedEc2
                  InstanceTypes: [m6i.large]
                  InstanceClasses: [c6i]
                  InstanceTags: { Name: worker }
                  Images: [{ Type: ECS_AL2023, ImageIdOverride: ami-1 }]
                  LaunchTemplate: { Id: lt-1, Overrides: [{ Id: lt-2, TargetInstanceTypes: [m6i.large] }] }
                - { Id: far, Kind: Fargate, Subnets: [subnet-3], SecurityGroups: [sg-2] }
              SchedulingPolicies:
                - { Id: fair, Shares: [{ Identifier: a, Weight: 1 }], Tags: { p: "1" } }
              JobQueues:
                - Id: q
                  ComputeEnvironments: [ec2]
                  SchedulingPolicy: fair
                  Tags: { q: "1" }
                  TimeLimitActions: [{ Reason: "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY", After: 20m, Action: CANCEL }]
              JobDefinitions:
                - Id: c
                  Kind: Container
                  Image: repo/app:1
                  Command: [run, "Ref::x"]
                  Parameters: { x: "1" }
                  Vcpus: 1
                  Memory: 2 GiB
                  Tags: { j: "1" }
                  Environment: { MODE: a }
                  Secrets: [{ Name: DB, ValueFrom: /prod/db }]
                  Volumes: [{ Name: data, HostPath: /d }]
                  MountPoints: [{ SourceVolume: data, ContainerPath: /d }]
                  Ulimits: [{ Name: nofile, SoftLimit: 4096, HardLimit: 4096 }]
                  LinuxParameters: { Devices: [{ HostPath: /dev/fuse, Permissions: [READ] }], Tmpfs: [{ ContainerPath: /t, Size: 64, MountOptions: [rw] }] }
                  LogConfiguration: { Driver: awslogs, Options: { awslogs-group: g }, SecretOptions: [{ Name: K, ValueFrom: /k }] }
                  RetryStrategies: [{ Action: RETRY, On: SPOT_INSTANCE_RECLAIMED }]
                - Id: m
                  Kind: MultiNode
                  Nodes: [{ Range: "0:1", Image: repo/app:1, Vcpus: 1, Memory: 2 GiB, Command: [a] }]
                - Id: k
                  Kind: Eks
                  Metadata: { Labels: { l: "1" }, Annotations: { a: "1" } }
                  Containers:
                    - Image: repo/app:1
                      Command: [a]
                      Args: [b]
                      Env: { E: "1" }
                      Resources: { Limits: { cpu: "1", memory: 2048Mi }, Requests: { cpu: "1" } }
                      VolumeMounts: [{ Name: tmp, MountPath: /tmp }]
                  InitContainers: [{ Image: repo/init:1 }]
                  Volumes: [{ Name: tmp, EmptyDir: { Medium: Memory } }]
        """;

    private static BatchStackSpec Parse(string template)
    {
        var loaded = TemplateLoader.Load(template, new Dictionary<string, string>());
        var spec = BatchStackParser.Parse(Assert.Single(loaded.Stacks).Properties, new DiagnosticBag());
        return Assert.IsType<BatchStackSpec>(spec);
    }

    public static TheoryData<string> Templates => new() { Example, EveryCollection };

    [Theory]
    [MemberData(nameof(Templates))]
    public void TwoParsesOfOneTemplate_AreEqual(string template)
    {
        var first = Parse(template);
        var second = Parse(template);
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void EveryCollectionTemplate_IsReadWithoutUnknownProperties()
    {
        var diagnostics = new DiagnosticBag();
        BatchStackParser.Parse(Assert.Single(TemplateLoader.Load(EveryCollection, new Dictionary<string, string>()).Stacks).Properties, diagnostics);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCodes.UnknownProperty);
    }

    public static TheoryData<string, string, string> Edits => new()
    {
        { "Example", "Name: research ", "Name: research2 " },
        { "Example", "InstanceClasses: [m6i, c6i, r6i]", "InstanceClasses: [m6i, r6i, c6i]" },
        { "Example", "cost-center: \"4711\"", "cost-center: \"4712\"" },
        { "Example", "{ Identifier: nlp, Weight: 0.5 }", "{ Identifier: nlp, Weight: 0.25 }" },
        { "Example", "ComputeEnvironments: [spot, ondemand]", "ComputeEnvironments: [ondemand, spot]" },
        { "Example", "Parameters: { epochs: \"10\" }", "Parameters: { epochs: \"11\" }" },
        { "Example", "Command: [python3, train.py, \"--epochs\", \"Ref::epochs\"]", "Command: [python3, train.py]" },
        { "Example", "{ Action: EXIT, OnExitCode: \"40*\" }", "{ Action: EXIT, OnExitCode: \"41*\" }" },
        { "Example", "Command: [mpirun, \"-n\", \"64\", ./simulate]", "Command: [mpirun, \"-n\", \"32\", ./simulate]" },
        { "EveryCollection", "Tags: { team: research }", "Tags: { team: other }" },
        { "EveryCollection", "Overrides: [{ Id: lt-2, TargetInstanceTypes: [m6i.large] }]", "Overrides: [{ Id: lt-2, TargetInstanceTypes: [m6i.xlarge] }]" },
        { "EveryCollection", "Permissions: [READ]", "Permissions: [WRITE]" },
        { "EveryCollection", "Options: { awslogs-group: g }", "Options: { awslogs-group: h }" },
        { "EveryCollection", "Limits: { cpu: \"1\", memory: 2048Mi }", "Limits: { cpu: \"2\", memory: 2048Mi }" },
        { "EveryCollection", "Labels: { l: \"1\" }", "Labels: { l: \"2\" }" },
        { "EveryCollection", "Args: [b]", "Args: [b, c]" },
        { "EveryCollection", "MountOptions: [rw]", "MountOptions: [ro]" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void AnEditedTemplate_IsNotEqual(string template, string written, string edited)
    {
        var text = template == "Example" ? Example : EveryCollection;
        Assert.Contains(written, text);
        Assert.NotEqual(Parse(text), Parse(text.Replace(written, edited)));
    }
}
