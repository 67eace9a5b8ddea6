using BatchProvider.Testing.Moto;

namespace BatchProvider.Cli.Tests.Examples;

/// <summary>
/// The shipped examples (examples/*.yaml, the files README tells users to start from) go through a whole
/// deploy → destroy in a moto sandbox, exactly as a user runs it with <c>--endpoint</c>.
/// </summary>
public sealed class ExampleStackTests : MotoTargetTest
{
    [MotoTheory]
    [InlineData("fargate-etl.yaml", "ce/spot/create:etl-spot", "jq/nightly/wait-valid:etl-nightly",
        "No changes. 7 resource(s) already match the spec.")]
    // On AWS this plan is empty too. moto 5.2.1 stores neither a compute environment's updatePolicy nor a multi-node
    // job definition's nodeProperties, so against moto the CE with UpdatePolicy and the multi-node definition differ.
    [InlineData("gpu-training.yaml", "ce/distributed/create:gpu-distributed", "jq/distributed/wait-valid:gpu-distributed",
        "Plan: 2 change(s), 4 step(s); 5 resource(s) unchanged.")]
    public async Task DeployThenDestroy_OfEachExample_ConvergesAndLeavesNothing(string file, string ceCreated, string queueReady, string planAfter)
    {
        var deployed = await CliRunner.Run(["deploy", ExampleFiles.Path(file), .. Target]);
        var again = await CliRunner.Run(["plan", ExampleFiles.Path(file), .. Target]);
        var destroyed = await CliRunner.Run(["destroy", ExampleFiles.Path(file), .. Target]);

        Assert.True(deployed.Exit == 0, deployed.Out + deployed.Error);
        Assert.Contains($"succeeded {queueReady}", deployed.Out);
        Assert.Matches(@"Apply Succeeded: \d+ succeeded\.", deployed.Out);
        Assert.Contains(planAfter, again.Out);
        Assert.Equal(0, destroyed.Exit);
        Assert.Contains("Destroyed: 0 owned resource(s) left.", destroyed.Out);
        Assert.Contains($"\"event\":\"apply.step.finished\",\"step\":\"{ceCreated}\",\"status\":\"Succeeded\"", deployed.Error);
    }
}
