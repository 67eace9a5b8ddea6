using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Sandbox.Moto;
using BatchProvider.Testing.Moto;

namespace BatchProvider.Cli.Tests.Commands;

/// <summary>
/// plan, deploy and destroy end to end against a moto server the test starts (the CLI's own sandbox code), passed as
/// <c>--endpoint</c> with the sandbox's parameters, as a user would against a moto they run themselves.
/// </summary>
public sealed class DeployCommandTests : MotoTargetTest
{
    [MotoFact]
    public async Task DeployThenDestroy_OfTheExample_ShowsEveryStepLogsJsonLinesAndLeavesNothing()
    {
        var planned = await CliRunner.Run(["plan", CliRunner.Example, .. Target]);
        var deployed = await CliRunner.Run(["deploy", CliRunner.Example, .. Target]);
        var destroyed = await CliRunner.Run(["destroy", CliRunner.Example, .. Target]);

        Assert.Equal(0, planned.Exit);
        Assert.Contains("Plan: 10 change(s), 18 step(s); 0 resource(s) unchanged.", planned.Out);
        Assert.Equal(0, deployed.Exit);
        Assert.Contains("succeeded jq/training/wait-valid:research-training", deployed.Out);
        Assert.Contains("Apply Succeeded: 18 succeeded.", deployed.Out);
        Assert.Contains("\"event\":\"apply.step.finished\",\"step\":\"ce/spot/create:research-spot\",\"status\":\"Succeeded\"", deployed.Error);
        Assert.Equal(0, destroyed.Exit);
        Assert.Contains("Destroyed: 0 owned resource(s) left.", destroyed.Out);
    }

    [MotoFact]
    public async Task Deploy_Twice_SendsCreateThenUpdateOfTheSameResourceThroughTheHandler()
    {
        var created = await CliRunner.Run(["deploy", CliRunner.Example, .. Target]);
        var updated = await CliRunner.Run(["deploy", CliRunner.Example, .. Target]);

        Assert.Equal((0, 0), (created.Exit, updated.Exit));
        Assert.Contains("\"event\":\"cfn.request\",\"requestType\":\"Create\"", created.Error);
        Assert.Contains("\"event\":\"cfn.request\",\"requestType\":\"Update\"", updated.Error);
        Assert.Contains("\"physicalResourceId\":\"BatchStack/batchstack-cli/Research/research\",\"responseUrl\"", updated.Error);
        Assert.All(new[] { created.Out, updated.Out }, output => Assert.Contains("SUCCESS BatchStack/batchstack-cli/Research/research", output));
        Assert.Matches(@"\n  JobQueue\.etl +arn:aws:batch:us-east-1:123456789012:job-queue/research-etl\n", updated.Out);
    }

    [MotoFact]
    public async Task Deploy_WhenANameIsTakenByAPolicyTheStackDoesNotOwn_PrintsTheFailedReasonAndExits1()
    {
        var batch = new BatchClient(LocalMoto.ClientOptions(new Uri(Target[1]), AwsService.Batch));
        await batch.CreateSchedulingPolicyAsync(new CreateSchedulingPolicyRequest { Name = "research-fair" });

        var (exit, output, _) = await CliRunner.Run(["deploy", CliRunner.Example, .. Target]);

        Assert.Equal(1, exit);
        Assert.Contains("FAILED BatchStack/batchstack-cli/Research/research: Create failed:", output);
        Assert.Contains("research-fair", output[output.IndexOf("FAILED", StringComparison.Ordinal)..]);
        // The provider refuses a plan with errors as a whole: nothing was created.
        Assert.Equal(0, (await new Observer(batch).ObserveAsync("research", null)).OwnedCount);
    }

    [MotoFact]
    public async Task Deploy_WhenTheTimeoutEndsTheFirstInvocation_SaysItIsInProgressAndExits3()
    {
        var (exit, output, error) = await CliRunner.Run(["deploy", CliRunner.Example, "--timeout", "0", .. Target]);

        Assert.Equal(3, exit);
        Assert.Contains("In progress: --timeout stopped it at a safe point", output);
        Assert.DoesNotContain("\"event\":\"cfn.answer\"", error);
    }

    [MotoFact]
    public async Task Plan_AsJson_IsThePlanDocument()
    {
        var (exit, output, _) = await CliRunner.Run(["plan", CliRunner.Example, "--format", "json", .. Target]);

        Assert.Equal(0, exit);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("research", document.RootElement.GetProperty("stackName").GetString());
        Assert.Equal(18, document.RootElement.GetProperty("steps").GetArrayLength());
    }

    [MotoTheory]
    [InlineData("error: --endpoint not a url is not an absolute URL", "--endpoint", "not a url")]
    [InlineData("error: No AWS region: set AWS_REGION", "--endpoint", "https://batch.eu-west-1.amazonaws.com")]
    [InlineData("error: No AWS region: set AWS_REGION", "--aws")]
    [InlineData("error: --aws and --endpoint exclude each other", "--aws", "--endpoint", "http://127.0.0.1:1")]
    public async Task Plan_WithAnUnusableTarget_SaysWhatIsWrongBeforeAnyCallAndExits2(string message, params string[] target)
    {
        // No region anywhere: a real endpoint never falls back to one silently.
        var environment = new Lambda.Aws.Configuration.DictionaryEnvironmentVariables(new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "AKIAUSER", ["AWS_SECRET_ACCESS_KEY"] = "secret" });
        var (exit, _, error) = await CliRunner.Run(environment, ["plan", CliRunner.Example, .. target, .. Target[2..]]);

        Assert.Equal(2, exit);
        Assert.StartsWith(message, error);
    }

    [MotoFact]
    public async Task Plan_WhenTheEndpointDoesNotAnswer_SaysSoInOneLineAndExits1()
    {
        var (exit, _, error) = await CliRunner.Run(["plan", CliRunner.Example, "--endpoint", "http://127.0.0.1:1", .. Target[2..]]);

        Assert.Equal(1, exit);
        // Standard error also carries the client's JSON-lines retry logs; the human line is the one after them.
        Assert.Equal("error: Connection refused (127.0.0.1:1)", error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim());
        Assert.DoesNotContain("   at ", error);
    }
}
