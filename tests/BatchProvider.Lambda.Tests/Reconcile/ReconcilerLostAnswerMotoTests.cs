using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Planning;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Tests.Aws.Fakes;
using BatchProvider.Lambda.Tests.Moto;
using BatchProvider.Testing.Moto;

namespace BatchProvider.Lambda.Tests.Reconcile;

/// <summary>
/// A RegisterJobDefinition whose answer is lost after Batch acted, then retried: the apply still leaves one ACTIVE
/// revision per job definition, with the spec's content, and a fresh plan has nothing to do.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class ReconcilerLostAnswerMotoTests(MotoServer moto) : IAsyncLifetime
{
    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoTheory]
    // the deploy that meets the faults (first: register every definition; update: register a new revision of train),
    // how many RegisterJobDefinition answers are lost
    [InlineData("create", 1)]
    [InlineData("create", 3)]
    [InlineData("update", 1)]
    [InlineData("update", 2)]
    public async Task Deploy_WhenRegisterJobDefinitionAnswersAreLost_LeavesOneActiveRevisionWithTheSpecsContent(string deploy, int lost)
    {
        var faults = new FaultInjectingHandler(1)
        {
            AppliesTo = r => r.RequestUri?.AbsolutePath == BatchOperations.RegisterJobDefinition.RequestUri,
            Script = new(Enumerable.Repeat(Fault.DropAfterSend, lost)),
        };
        var stack = new MotoStack(moto, o => o with
        {
            Handler = faults,
            Retry = new AwsRetryOptions { MaxAttempts = 5, BaseDelay = TimeSpan.FromMilliseconds(5), MaxBackoff = TimeSpan.FromMilliseconds(50) },
        });
        var v1 = stack.Spec(MotoStack.Faithful);
        var v2 = stack.Spec(MotoStack.Faithful, t => t.Replace("MODE: train", "MODE: tune", StringComparison.Ordinal));
        if (deploy == "update")
        {
            Assert.Equal(ApplyStatus.Succeeded, (await new MotoStack(moto).DeployAsync(v1)).Status);
        }

        var result = await stack.DeployAsync(v2);
        var after = await stack.Reconciler.PlanAsync(v2);

        Assert.Equal(lost, faults.Injected(Fault.DropAfterSend));
        Assert.Equal(ApplyStatus.Succeeded, result.Status);
        var active = await stack.CleanBatch.DescribeJobDefinitionsAsync(new() { Status = "ACTIVE" }).ToListAsync();
        Assert.Equal(["research-nightly-etl", "research-train"], active.Select(d => d.JobDefinitionName!).Order(StringComparer.Ordinal));
        var train = Assert.Single(active, d => d.JobDefinitionName == "research-train");
        Assert.Contains(train.ContainerProperties!.Environment!, e => e.Name == "MODE" && e.Value == "tune");
        Assert.False(after.Plan.HasChanges, PlanFormatter.Text(after.Plan));
        await stack.AssertDestroyLeavesNothingAsync(v2.Desired.StackName);
    }
}
