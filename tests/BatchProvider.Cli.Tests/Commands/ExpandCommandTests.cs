using System.Text.Json;

namespace BatchProvider.Cli.Tests.Commands;

public sealed class ExpandCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Expand_TheExample_PrintsTheBatchRequests()
    {
        var (exit, output, _) = await CliRunner.Run("expand", CliRunner.Example, "--parameters", "Subnets=subnet-1,subnet-2");
        Assert.Equal(BatchStackCli.Valid, exit);
        using var doc = JsonDocument.Parse(output);
        var stack = doc.RootElement.GetProperty("stacks")[0];
        Assert.Equal("research", stack.GetProperty("stackName").GetString());
        var spot = stack.GetProperty("computeEnvironments")[0];
        Assert.Equal("research-spot", spot.GetProperty("create").GetProperty("computeEnvironmentName").GetString());
        var resources = spot.GetProperty("create").GetProperty("computeResources");
        Assert.Equal("SPOT_PRICE_CAPACITY_OPTIMIZED", resources.GetProperty("allocationStrategy").GetString());
        Assert.Equal(2, resources.GetProperty("subnets").GetArrayLength());
        Assert.False(resources.TryGetProperty("desiredvCpus", out _));
        var ondemand = stack.GetProperty("computeEnvironments")[1];
        Assert.Equal(30, ondemand.GetProperty("updatePolicy").GetProperty("jobExecutionTimeoutMinutes").GetInt32());
        var training = stack.GetProperty("jobQueues")[0];
        Assert.Equal("research-fair", training.GetProperty("create").GetProperty("schedulingPolicyArn").GetString());
        Assert.Equal("Resubmit", training.GetProperty("stuckJobs").GetProperty("action").GetString());
        Assert.Equal(300, stack.GetProperty("schedulingPolicies")[0].GetProperty("create").GetProperty("fairsharePolicy").GetProperty("shareDecaySeconds").GetInt32());
    }

    [Fact]
    public async Task Expand_AnInvalidSpec_ExitsOneWithTheDiagnostics()
    {
        var file = _cli.File("Name: t\nComputeEnvironments: [{ Id: c, Kind: Fargate, AllocationStrategy: BEST_FIT }]");
        var (exit, output, error) = await CliRunner.Run("expand", file);
        Assert.Equal(BatchStackCli.Invalid, exit);
        Assert.Empty(error);
        Assert.Contains("error BS0007 ComputeEnvironments[0].AllocationStrategy", output, StringComparison.Ordinal);
        Assert.EndsWith("BatchStack: invalid (3 errors, 1 warning)", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expand_AMissingFile_ExitsTwo()
    {
        var (exit, _, _) = await CliRunner.Run("expand", "/no/such/file.yaml");
        Assert.Equal(BatchStackCli.UsageError, exit);
    }
}
