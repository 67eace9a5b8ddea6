using System.Text.Json;

namespace BatchProvider.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    private const string DefaultComputeEnvironments = "[{ Id: ec2, Kind: ManagedEc2 }, { Id: far, Kind: Fargate }]";
    private const string DefaultQueues = "[{ Id: q, ComputeEnvironments: [ec2] }, { Id: fq, ComputeEnvironments: [far] }]";

    private static string Stack(string computeEnvironments = DefaultComputeEnvironments, string queues = DefaultQueues, string extra = "", string logicalId = "Research", string name = "research") => $$"""
          {{logicalId}}:
            Type: Custom::BatchStack
            Properties:
              ServiceToken: !ImportValue BatchProviderServiceToken
              Name: {{name}}
              Defaults: { Subnets: [subnet-1], SecurityGroups: [sg-1], InstanceRole: "arn:aws:iam::123456789012:instance-profile/p" }
              ComputeEnvironments: {{computeEnvironments}}
              JobQueues: {{queues}}
              {{extra}}
        """;

    private static readonly string Base = "Resources:\n" + Stack();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Validate_TheExample_ExitsZero()
    {
        var (exit, output, _) = await CliRunner.Run("validate", CliRunner.Example);
        Assert.Equal(BatchStackCli.Valid, exit);
        Assert.Contains("Research: valid (0 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithParameters_ResolvesThem()
    {
        var (exit, output, _) = await CliRunner.Run("validate", CliRunner.Example, "--parameters", "Subnets=subnet-1,subnet-2", "InstanceProfileArn=arn:aws:iam::123456789012:role/oops");
        Assert.Equal(BatchStackCli.Invalid, exit);
        Assert.Contains("error BS0119 Defaults.InstanceRole: InstanceRole is the IAM role ARN", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_RepeatedParametersOptions_AllApply()
    {
        var (exit, output, _) = await CliRunner.Run("validate", CliRunner.Example, "--parameters", "Subnets=subnet-1", "--parameters", "InstanceProfileArn=arn:aws:iam::123456789012:role/oops");
        Assert.Equal(BatchStackCli.Invalid, exit);
        Assert.Contains("Defaults.InstanceRole", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ Id: bad, Kind: Fargate, AllocationStrategy: BEST_FIT_PROGRESSIVE }", "error BS0007 ComputeEnvironments[2].AllocationStrategy: AllocationStrategy is not a property of a Fargate compute environment")]
    [InlineData("{ Id: bad, Kind: ManagedEc2, MinvCpus: 512, MaxvCpus: 256 }", "error BS0101 ComputeEnvironments[2].MinvCpus: MinvCpus is 512, greater than MaxvCpus (256); use a value from 0 to 256.")]
    public async Task Validate_AnInvalidComputeEnvironment_ExitsOneNamingTheProperty(string extraComputeEnvironment, string expected)
    {
        var file = _cli.File("Resources:\n" + Stack(computeEnvironments: DefaultComputeEnvironments.Replace("}]", "}, " + extraComputeEnvironment + ", { Id: unused, Kind: Fargate }]", StringComparison.Ordinal)));
        var (exit, output, _) = await CliRunner.Run("validate", file);
        Assert.Equal(BatchStackCli.Invalid, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("Research: invalid (1 error", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DefaultQueues, "SchedulingPolicies: [{ Id: fair, Shares: [{ Identifier: vision, Weight: -1 }] }]", "error BS0303 SchedulingPolicies[0].Shares[0].Weight: Weight is -1")]
    [InlineData(DefaultQueues, "JobDefinitions: [{ Id: \"train@2\", Kind: Container }]", "error BS0502 JobDefinitions[0].Id: Id is \"train@2\"")]
    [InlineData(DefaultQueues, "JobDefinitions: [{ Id: mpi, Kind: MultiNode, NumNodes: 4, Nodes: [{ Range: \"0:1\", Image: busybox, Vcpus: 2, Memory: 2 GiB }, { Range: \"3\", Image: busybox, Vcpus: 2, Memory: 2 GiB }] }]", "error BS0428 JobDefinitions[0].Nodes: No range covers node 2")]
    [InlineData(DefaultQueues, "JobDefinitions: [{ Id: etl, Kind: Container, Platform: FARGATE, Image: busybox, Vcpus: 4, Memory: 2 GiB, ExecutionRole: \"arn:aws:iam::123456789012:role/exec\" }]", "error BS0412 JobDefinitions[0].Memory: Memory 2048 MiB is not valid with 4 vCPU on Fargate")]
    [InlineData(DefaultQueues, "JobDefinitions: [{ Id: train, Kind: Container, Image: busybox, Vcpus: 1, Memory: 2 GiB, RetryAttempts: 0 }]", "JobDefinitions[0].RetryAttempts: RetryAttempts is 0; use a value from 1 to 10.")]
    [InlineData("[{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m, Action: Resubmit } }, { Id: fq, ComputeEnvironments: [far] }]", "", "error BS0212 JobQueues[0].StuckJobs.ResubmitTo: ResubmitTo is required")]
    public async Task Validate_DoneWhenCases_ExitOneNamingTheProperty(string queues, string extra, string expected)
    {
        var text = "Resources:\n" + Stack(queues: queues, extra: extra);
        var (exit, output, _) = await CliRunner.Run("validate", _cli.File(text));
        Assert.Equal(BatchStackCli.Invalid, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TheBrokenExample_ReportsItsSixMistakesAtOnce()
    {
        // examples/broken.yaml is the README's example output; this keeps the two honest.
        var (exit, output, _) = await CliRunner.Run("validate", Path.Combine(AppContext.BaseDirectory, "Examples", "broken.yaml"));
        Assert.Equal(BatchStackCli.Invalid, exit);
        string[] expected = ["BS0007 ComputeEnvironments[1].AllocationStrategy", "BS0303 SchedulingPolicies[0].Shares[0].Weight",
            "BS0428 JobDefinitions[0].Nodes", "BS0412 JobDefinitions[1].Memory", "BS0401 JobDefinitions[2].RetryAttempts", "BS0502 JobDefinitions[3].Id"];
        Assert.Equal(expected, output.Split('\n').Where(l => l.StartsWith("error ", StringComparison.Ordinal)).Select(l => string.Join(' ', l.Split(' ')[1..3]).TrimEnd(':')));
        Assert.Contains("BatchStack: invalid (6 errors, 0 warnings)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_JsonFormat_IsAJsonDocument()
    {
        var file = _cli.File("Resources:\n" + Stack(extra: "Tags: { \"aws:x\": y }"));
        var (exit, output, _) = await CliRunner.Run("validate", file, "--format", "json");
        Assert.Equal(BatchStackCli.Invalid, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        var stack = doc.RootElement.GetProperty("stacks")[0];
        Assert.Equal("Research", stack.GetProperty("logicalId").GetString());
        var d = stack.GetProperty("diagnostics")[0];
        Assert.Equal(("error", "BS0509", "Tags.aws:x"), (d.GetProperty("severity").GetString(), d.GetProperty("code").GetString(), d.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Validate_SeveralBatchStacks_ValidatesEach()
    {
        var (exit, output, _) = await CliRunner.Run("validate", _cli.File(Base + "\n" + Stack(logicalId: "Second", name: "-bad")));
        Assert.Equal(BatchStackCli.Invalid, exit);
        Assert.Contains("Research: valid", output, StringComparison.Ordinal);
        Assert.Contains("Second: invalid (1 error", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Resources: { X: { Type: AWS::SNS::Topic } }", "no resource of type Custom::BatchStack")]
    [InlineData("Name: [unclosed", "not valid YAML (line 2")]
    [InlineData("{ \"Name\": ", "not valid JSON")]
    public async Task Validate_UnreadableDocument_ExitsTwo(string content, string expected)
    {
        var (exit, output, _) = await CliRunner.Run("validate", _cli.File(content));
        Assert.Equal(BatchStackCli.UsageError, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "/no/such/file.yaml")]
    [InlineData("validate")]
    [InlineData("validate", "EXAMPLE", "--format", "xml")]
    [InlineData("validate", "EXAMPLE", "--parameters", "novalue")]
    [InlineData("validate", "EXAMPLE", "--frmat", "json")]
    [InlineData("frobnicate")]
    [InlineData]
    public async Task UsageErrors_ExitTwo(params string[] args)
    {
        var (exit, _, error) = await CliRunner.Run([.. args.Select(a => a == "EXAMPLE" ? CliRunner.Example : a)]);
        Assert.Equal(BatchStackCli.UsageError, exit);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Warnings_AloneStillExitZero()
    {
        var file = _cli.File("Resources:\n" + Stack(computeEnvironments: "[{ Id: ec2, Kind: ManagedEc2, MinvCpus: 4 }, { Id: far, Kind: Fargate }]"));
        var (exit, output, _) = await CliRunner.Run("validate", file);
        Assert.Equal(BatchStackCli.Valid, exit);
        Assert.Contains("warning BS0108 ComputeEnvironments[0].MinvCpus", output, StringComparison.Ordinal);
    }
}
