namespace BatchProvider.Cli.Tests.Input;

public sealed class InputFileTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Theory]
    [InlineData("validate")]
    [InlineData("expand")]
    [InlineData("plan")]
    [InlineData("deploy")]
    [InlineData("destroy")]
    public async Task EveryCommand_GivenAnEndlessFile_StopsAtTheSizeCapWithOneLineAndExits2(string command)
    {
        var (exit, output, error) = await CliRunner.Run(command, "/dev/zero");

        Assert.Equal(BatchStackCli.UsageError, exit);
        Assert.Empty(output);
        Assert.Equal("error: cannot read /dev/zero: it is larger than 2 MiB; a CloudFormation template is at most 1 MB.", error.Trim());
    }

    [Theory]
    [InlineData("expand")]
    [InlineData("plan")]
    [InlineData("deploy")]
    [InlineData("destroy")]
    public async Task EveryCommand_GivenAnInvalidSpec_PrintsTheSameDiagnosticsBeforeStartingAnyTarget(string command)
    {
        var file = _cli.File("Name: t\nComputeEnvironments: [{ Id: c, Kind: Fargate, AllocationStrategy: BEST_FIT }]");

        var (exit, output, error) = await CliRunner.Run(command, file);

        Assert.Equal(BatchStackCli.Invalid, exit);
        var (validateExit, validateOutput, _) = await CliRunner.Run("validate", file);
        Assert.Equal(validateExit, exit);
        Assert.Equal(validateOutput, output);
        Assert.Contains("error BS0007 ComputeEnvironments[0].AllocationStrategy: ", output);
        Assert.EndsWith("BatchStack: invalid (3 errors, 1 warning)", output.Trim());
        // No sandbox was started for a file that cannot be deployed: nothing about moto anywhere.
        Assert.DoesNotContain("moto", output + error);
    }

    public void Dispose() => _cli.Dispose();
}
