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
}
