using BatchProvider.Testing.Moto;
namespace BatchProvider.Cli.Tests.Sandbox;

/// <summary><c>batchstack sandbox run -- COMMAND</c>: COMMAND sees the sandbox and its exit code is the command's.</summary>
public sealed class SandboxCommandTests
{
    [MotoTheory]
    [InlineData("""case "$BATCHSTACK_ENDPOINT" in http://127.0.0.1:*) ;; *) exit 9 ;; esac""", 0)]
    [InlineData("""printf '%s\n' "$BATCHSTACK_SANDBOX_PARAMETERS" | grep -q '^Subnets=subnet-.*,subnet-'""", 0)]
    [InlineData("""printf '%s\n' "$BATCHSTACK_SANDBOX_PARAMETERS" | grep -q '^InstanceProfileArn=arn:aws:iam::123456789012:instance-profile/'""", 0)]
    [InlineData("exit 7", 7)]
    public async Task Run_GivesTheCommandTheSandboxAndReturnsItsExitCode(string script, int expected)
    {
        var (exit, _, error) = await CliRunner.Run("sandbox", "run", "--", "sh", "-c", script);

        Assert.Equal(expected, exit);
        Assert.Contains("sandbox: moto at http://127.0.0.1:", error);
    }

    public static TheoryData<string, string> Unrunnable => new()
    {
        // the command, why it cannot run
        { "/nonexistent-cmd", "/nonexistent-cmd does not exist" },
        { "no-such-command-batchstack-test", "no-such-command-batchstack-test is not found in PATH" },
        { "/", "/ is a directory" },
        { "NOT_EXECUTABLE", "is not executable (chmod +x " },
    };

    [Theory]
    [MemberData(nameof(Unrunnable))]
    public async Task Run_WhenTheCommandCannotRun_SaysWhyInOneLineAndStartsNothing(string command, string why)
    {
        using var cli = new CliRunner();
        var file = command == "NOT_EXECUTABLE" ? cli.File("echo never", "script.sh") : command;

        var (exit, output, error) = await CliRunner.Run("sandbox", "run", "--", file, "--flag");

        Assert.Equal((BatchStackCli.UsageError, ""), (exit, output));
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: sandbox run: ", line, StringComparison.Ordinal);
        Assert.Contains(why, line, StringComparison.Ordinal);
        Assert.EndsWith("; nothing was started.", line, StringComparison.Ordinal);
    }
}
