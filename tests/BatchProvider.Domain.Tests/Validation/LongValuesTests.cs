using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Tests.TestSupport;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Domain.Tests.Validation;

/// <summary>
/// A huge value anywhere gives diagnostics of a line each: every message and path repeats at most
/// <see cref="Quoted.MaxKeyLength"/> characters of it, never the value itself.
/// </summary>
public sealed class LongValuesTests
{
    private const int Huge = 1_000_000;
    private const string Stack = $$"""
        Name: t
        {{Specs.Defaults}}
        ComputeEnvironments:
          - { Id: c, Kind: ManagedEc2 }
        JobQueues: [{ Id: q, ComputeEnvironments: [c] }]
        """;

    /// <summary>{what, a stack where @@ stands for the huge value}.</summary>
    public static TheoryData<string, string> Rows => new()
    {
        { "stack Name", Stack.Replace("Name: t", "Name: @@") },
        { "compute environment Id", Stack.Replace("{ Id: c, Kind", "{ Id: @@, Kind") },
        { "Kind", Stack.Replace("Kind: ManagedEc2", "Kind: @@") },
        { "AllocationStrategy", Stack.Replace("Kind: ManagedEc2", "Kind: ManagedEc2, AllocationStrategy: @@") },
        { "instance type", Stack.Replace("Kind: ManagedEc2", "Kind: ManagedEc2, InstanceTypes: [@@]") },
        { "image type", Stack.Replace("Kind: ManagedEc2", "Kind: ManagedEc2, Images: [{ Type: @@ }]") },
        { "image id", Stack.Replace("Kind: ManagedEc2", "Kind: ManagedEc2, Images: [{ Type: ECS_AL2023, ImageIdOverride: @@ }]") },
        { "MaxvCpus", Stack.Replace("Kind: ManagedEc2", "Kind: ManagedEc2, MaxvCpus: @@") },
        { "unknown property", Stack.Replace("Kind: ManagedEc2", "Kind: ManagedEc2, @@: 1") },
        { "launch template id", Stack.Replace("Kind: ManagedEc2", "Kind: ManagedEc2, LaunchTemplate: { Id: @@ }") },
        { "queue reference", Stack.Replace("ComputeEnvironments: [c]", "ComputeEnvironments: [@@]") },
        { "scheduling policy reference", Stack.Replace("ComputeEnvironments: [c]", "ComputeEnvironments: [c], SchedulingPolicy: @@") },
        { "queue Id", Stack.Replace("{ Id: q,", "{ Id: @@,") },
        { "two queues with one huge Id", Stack.Replace("JobQueues: [{ Id: q, ComputeEnvironments: [c] }]", "JobQueues: [{ Id: @@, ComputeEnvironments: [c] }, { Id: q2, ComputeEnvironments: [c], StuckJobs: { Action: Resubmit, ResubmitTo: q2 } }]") },
        { "scheduling policy Id", Stack + "\nSchedulingPolicies: [{ Id: @@ }]" },
        { "job definition Id", Stack + "\nJobDefinitions: [{ Id: @@, Kind: Container, Image: busybox, Vcpus: 1, Memory: 2 GiB }]" },
        { "duplicate queue reference", Stack.Replace("ComputeEnvironments: [c]", "ComputeEnvironments: [@@, @@]") },
        { "parameter reference", Stack + "\nJobDefinitions: [{ Id: j, Kind: Container, Image: busybox, Vcpus: 1, Memory: 2 GiB, Command: [\"Ref::@@\"] }]" },
        { "tag key", Stack + "\nTags: { @@: x }" },
        { "tag value", Stack + "\nTags: { k: @@ }" },
        { "job definition image", Stack + "\nJobDefinitions: [{ Id: j, Kind: Container, Image: @@, Vcpus: 1, Memory: 2 GiB }]" },
        { "job definition memory", Stack + "\nJobDefinitions: [{ Id: j, Kind: Container, Image: busybox, Vcpus: 1, Memory: @@ }]" },
        { "retry exit code", Stack + "\nJobDefinitions: [{ Id: j, Kind: Container, Image: busybox, Vcpus: 1, Memory: 2 GiB, RetryAttempts: 2, RetryStrategies: [{ OnExitCode: @@, Action: RETRY }] }]" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Validate_WhenAValueIsHuge_EveryDiagnosticStaysShort(string because, string stack)
    {
        var result = Specs.Run(stack.Replace("@@", new string('z', Huge), StringComparison.Ordinal));

        Assert.True(result.Diagnostics.Length > 0, because);
        Assert.All(result.Diagnostics, d => Assert.True(d.ToString().Length < 2 * Quoted.MaxKeyLength + 400, $"{because}: {Quoted.Bare(d.ToString(), 300)}"));
    }

    [Fact]
    public void Load_WhenAnUndeclaredRefIsHuge_TheMessageStaysShort()
    {
        var name = new string('R', Huge);
        var loaded = TemplateLoader.Load($"Resources:\n  S:\n    Type: Custom::BatchStack\n    Properties:\n      Name: !Ref {name}\n", new Dictionary<string, string>());

        var diagnostic = Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.UndeclaredReference);
        Assert.True(diagnostic.ToString().Length < 400, Quoted.Bare(diagnostic.ToString(), 300));
    }

    [Fact]
    public void Quoted_CutsLongValuesAndSaysHowLongTheyWere()
    {
        Assert.Equal("\"short\"", Quoted.Value("short"));
        Assert.Equal($"\"{new string('z', 63)}…\" (1,000,000 characters)", Quoted.Value(new string('z', Huge)));
        Assert.Equal($"{new string('z', 63)}… (65 characters)", Quoted.Bare(new string('z', 65)));
        // A surrogate pair at the cut is kept whole or dropped whole, never split.
        var emoji = new string('a', 62) + "😀" + new string('b', 10);
        Assert.Equal($"\"{new string('a', 62)}…\" (74 characters)", Quoted.Value(emoji));
    }

    public static TheoryData<string, string, string> EmptyKeys => new()
    {
        { "at the root", "Name: t\n\"\": x\n" + Stack[(Stack.IndexOf('\n') + 1)..], "[\"\"]" },
        { "in a compute environment", Stack.Replace("Kind: ManagedEc2", "Kind: ManagedEc2, \"\": x"), "ComputeEnvironments[0][\"\"]" },
        { "in a queue", Stack.Replace("ComputeEnvironments: [c]", "ComputeEnvironments: [c], \"\": x"), "JobQueues[0][\"\"]" },
    };

    [Theory]
    [MemberData(nameof(EmptyKeys))]
    public void Validate_WhenAKeyIsEmpty_ReportsItAtANamedPath(string because, string stack, string path)
    {
        var result = Specs.Run(stack);

        var diagnostic = Specs.AssertReports(result, path, DiagnosticCodes.UnknownProperty);
        Assert.True(diagnostic.Message.StartsWith("A key with an empty name is not a property of ", StringComparison.Ordinal), because);
    }

    [Fact]
    public void Validate_WhenATagKeyIsEmpty_ReportsItAtANamedPath()
    {
        var diagnostic = Specs.AssertReports(Specs.Run(Stack + "\nTags: { \"\": x }"), "Tags[\"\"]", DiagnosticCodes.TagLength);

        Assert.Equal("Tag key is empty; use 1 to 128 characters.", diagnostic.Message);
    }
}
