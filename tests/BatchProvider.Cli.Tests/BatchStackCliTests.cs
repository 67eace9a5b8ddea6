using System.Text.Json;
using BatchProvider.Lambda.Aws.Configuration;

namespace BatchProvider.Cli.Tests;

/// <summary>The entry point: no failure reaches the user as a stack trace, and a mistyped command gets a suggestion.</summary>
public sealed class BatchStackCliTests
{
    private static readonly string[] Parameters =
    [
        "--parameters", "Subnets=subnet-1,subnet-2", "SecurityGroups=sg-1", "InstanceProfileArn=arn:aws:iam::123456789012:instance-profile/p",
        "ExecutionRoleArn=arn:aws:iam::123456789012:role/e", "TrainingRoleArn=arn:aws:iam::123456789012:role/t",
    ];

    public static TheoryData<string, string?, string[]> Failures => new()
    {
        // where the environment breaks (variables it refuses), the command named in the log, the command line
        { "at start-up", null, ["validate", CliRunner.Example] },
        { "inside the command", "plan", ["plan", CliRunner.Example, "--aws", .. Parameters] },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Run_WhenSomethingUnexpectedThrows_PrintsOneLineAndTheDetailAsJsonAndExitsOne(string where, string? command, string[] args)
    {
        var environment = new BrokenEnvironment(where == "at start-up" ? _ => true : name => !name.StartsWith("BATCHSTACK_", StringComparison.Ordinal) && name != "PATH");

        var (exit, _, error) = await CliRunner.Run(environment, args);

        Assert.Equal(BatchStackCli.Invalid, exit);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var detail = JsonDocument.Parse(Assert.Single(lines, l => l.StartsWith('{') && l.Contains("cli.unexpected_error", StringComparison.Ordinal))).RootElement;
        Assert.Equal((command, typeof(EnvironmentUnreadableException).FullName, BrokenEnvironment.Message),
            (detail.GetProperty("command").GetString(), detail.GetProperty("error").GetString(), detail.GetProperty("message").GetString()));
        Assert.Equal($"error: {(command is null ? "batchstack" : $"batchstack {command}")} failed unexpectedly (EnvironmentUnreadableException: {BrokenEnvironment.Message}); the log line above has the detail.", lines[^1]);
    }

    public static TheoryData<string[], string> Mistyped => new()
    {
        { ["deplyo", "x.yaml"], "'deplyo' is not a batchstack command; use one of validate, expand, plan, deploy, destroy, remediate, sandbox. Did you mean 'deploy'?" },
        { ["valdiate"], "'valdiate' is not a batchstack command; use one of validate, expand, plan, deploy, destroy, remediate, sandbox. Did you mean 'validate'?" },
        { ["frobnicate"], "'frobnicate' is not a batchstack command; use one of validate, expand, plan, deploy, destroy, remediate, sandbox." },
        { ["sandbox", "rnu", "--", "true"], "'rnu' is not a batchstack sandbox command; use one of run. Did you mean 'run'?" },
    };

    [Theory]
    [MemberData(nameof(Mistyped))]
    public async Task Run_WithAMistypedCommand_NamesTheValidOnesAndTheClosest(string[] args, string expected)
    {
        var (exit, output, error) = await CliRunner.Run(args);

        Assert.Equal((BatchStackCli.UsageError, ""), (exit, output));
        Assert.Equal([expected, "Run 'batchstack --help' for usage."], error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>An environment that fails to read the variables <paramref name="refuses"/> names, as an unforeseen bug would.</summary>
    private sealed class BrokenEnvironment(Func<string, bool> refuses) : IEnvironmentVariables
    {
        public const string Message = "the environment cannot be read (injected)";

        public string? Get(string name) =>
            refuses(name) ? throw new EnvironmentUnreadableException(Message) : ProcessEnvironmentVariables.Instance.Get(name);
    }

    /// <summary>A type no command handles, as an unforeseen failure would be.</summary>
    private sealed class EnvironmentUnreadableException(string message) : Exception(message);
}
