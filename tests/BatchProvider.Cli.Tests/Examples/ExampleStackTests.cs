using BatchProvider.Sandbox.Moto;
using BatchProvider.Testing.Moto;

namespace BatchProvider.Cli.Tests.Examples;

/// <summary>
/// Every shipped example (examples/*.yaml, the files README tells users to start from) validates clean and goes
/// through a whole deploy → destroy in a moto sandbox, exactly as a user runs it with <c>--endpoint</c>.
/// </summary>
public sealed class ExampleStackTests : IAsyncLifetime
{
    private LocalMoto _moto = null!;
    private string[] _target = [];

    public async Task InitializeAsync()
    {
        _moto = await LocalMoto.StartAsync(TimeProvider.System, (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator));
        var sandbox = await _moto.ResetAsync();
        _target = ["--endpoint", _moto.Endpoint.ToString(), "--parameters", .. sandbox.TemplateParameters().Select(p => $"{p.Key}={p.Value}")];
    }

    public async Task DisposeAsync() => await _moto.DisposeAsync();

    private static string Example(string file) => Path.Combine(AppContext.BaseDirectory, "Examples", file);

    [Theory]
    [InlineData("research-platform.yaml", "Research")]
    [InlineData("research-platform-v2.yaml", "Research")]
    [InlineData("fargate-etl.yaml", "Etl")]
    [InlineData("gpu-training.yaml", "Training")]
    public async Task Validate_OfEachExample_IsValidWithoutWarnings(string file, string logicalId)
    {
        var (exit, output, _) = await CliRunner.Run(["validate", Example(file)]);

        Assert.Equal(0, exit);
        Assert.Equal($"{logicalId}: valid (0 errors, 0 warnings)", output.Trim());
    }

    [MotoTheory]
    [InlineData("fargate-etl.yaml", "ce/spot/create:etl-spot", "jq/nightly/wait-valid:etl-nightly",
        "No changes. 7 resource(s) already match the spec.")]
    // On AWS this plan is empty too. moto 5.2.1 stores neither a compute environment's updatePolicy nor a multi-node
    // job definition's nodeProperties, so against moto the CE with UpdatePolicy and the multi-node definition differ.
    [InlineData("gpu-training.yaml", "ce/distributed/create:gpu-distributed", "jq/distributed/wait-valid:gpu-distributed",
        "Plan: 2 change(s), 4 step(s); 5 resource(s) unchanged.")]
    public async Task DeployThenDestroy_OfEachExample_ConvergesAndLeavesNothing(string file, string ceCreated, string queueReady, string planAfter)
    {
        var deployed = await CliRunner.Run(["deploy", Example(file), .. _target]);
        var again = await CliRunner.Run(["plan", Example(file), .. _target]);
        var destroyed = await CliRunner.Run(["destroy", Example(file), .. _target]);

        Assert.True(deployed.Exit == 0, deployed.Out + deployed.Error);
        Assert.Contains($"succeeded {queueReady}", deployed.Out);
        Assert.Matches(@"Apply Succeeded: \d+ succeeded\.", deployed.Out);
        Assert.Contains(planAfter, again.Out);
        Assert.Equal(0, destroyed.Exit);
        Assert.Contains("Destroyed: 0 owned resource(s) left.", destroyed.Out);
        Assert.Contains($"\"event\":\"apply.step.finished\",\"step\":\"{ceCreated}\",\"status\":\"Succeeded\"", deployed.Error);
    }
}
