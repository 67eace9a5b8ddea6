using BatchProvider.Testing.Moto;
using BatchProvider.Domain.Planning;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Tests.Moto;
using BatchProvider.Testing.Inventory;

namespace BatchProvider.Lambda.Tests.Reconcile;

/// <summary>
/// Whole lifecycles of the example against moto. Moto differs from AWS in ways these tests lean on or avoid: compute
/// environments and queues are VALID the moment they are created (so waits end at the first poll), deletions are
/// immediate (no DELETING, no lingering queue relationship), UpdateComputeEnvironment ignores computeResources and
/// updatePolicy, queues drop jobStateTimeLimitActions, multi-node job definitions lose nodeProperties on describe,
/// and there is no GetJobQueueSnapshot. Convergence is therefore asserted on <see cref="MotoStack.Faithful"/>.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class ReconcilerLifecycleMotoTests(MotoServer moto) : IAsyncLifetime
{
    private readonly MotoStack _stack = new(moto);

    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoFact]
    public async Task Lifecycle_OfTheExample_CreatesUpdatesInPlaceReplacesWithoutDowntimeAndDestroysEverything()
    {
        var v1 = _stack.Spec(MotoStack.Example);
        var v2 = _stack.Spec(MotoStack.ExampleV2);

        var created = await _stack.DeployAsync(v1);

        Assert.Equal(ApplyStatus.Succeeded, created.Status);
        var afterCreate = await BatchInventory.TakeAsync(_stack.CleanBatch);
        Assert.Equal((3, 3, 1, 3), (afterCreate.ComputeEnvironments.Count, afterCreate.JobQueues.Count, afterCreate.SchedulingPolicies.Count, afterCreate.ActiveJobDefinitions.Count));
        var policyArn = Assert.Single(afterCreate.SchedulingPolicies).Arn;

        var availability = QueueAvailabilityRecorder.Over(_stack.CleanBatch);
        var updated = await _stack.DeployAsync(v2, availability);

        Assert.Equal(ApplyStatus.Succeeded, updated.Status);
        Assert.Empty(availability.Violations);
        Assert.True(availability.Moments >= updated.Outcomes.Length);
        var after = await BatchInventory.TakeAsync(_stack.CleanBatch);
        // Fair share changed in place: same ARN, new weights.
        var policy = Assert.Single(after.SchedulingPolicies);
        Assert.Equal(policyArn, policy.Arn);
        Assert.Equal(1.5, policy.FairsharePolicy!.ShareDistribution!.Single(s => s.ShareIdentifier == "nlp").WeightFactor);
        // A CE added to a queue in place.
        var fallback = after.JobQueues.Single(q => q.JobQueueName == "research-fallback");
        Assert.Equal(["research-ondemand", "research-spot"], fallback.ComputeEnvironmentOrder!.OrderBy(o => o.Order).Select(o => o.ComputeEnvironment!.Split('/')[^1]));
        // FARGATE_SPOT -> FARGATE replaced create-first; the queue follows the new generation.
        Assert.Equal(["research-ondemand", "research-serverless-g2", "research-spot"], after.ComputeEnvironments.Select(c => c.ComputeEnvironmentName).Order());
        Assert.Equal("FARGATE", after.ComputeEnvironments.Single(c => c.ComputeEnvironmentName == "research-serverless-g2").ComputeResources!.Type);
        Assert.EndsWith("/research-serverless-g2", after.JobQueues.Single(q => q.JobQueueName == "research-etl").ComputeEnvironmentOrder!.Single().ComputeEnvironment);
        // A changed job definition is a new revision, the old one deregistered; a removed one is gone.
        Assert.Equal(["research-nightly-etl:1", "research-train:2"], after.ActiveJobDefinitions.Select(j => $"{j.JobDefinitionName}:{j.Revision}").Order());

        var destroyed = await _stack.DestroyAsync(v2.Desired.StackName);

        Assert.Equal(ApplyStatus.Succeeded, destroyed.Status);
        Assert.Equal(0, (await BatchInventory.TakeAsync(_stack.CleanBatch)).Count);
    }

    [MotoFact]
    public async Task Deploy_OfTheMotoFaithfulExample_ConvergesToAPlanWithoutChanges()
    {
        var spec = _stack.Spec(MotoStack.Faithful);

        var result = await _stack.DeployAsync(spec);
        var again = await _stack.Reconciler.PlanAsync(spec);

        Assert.Equal(ApplyStatus.Succeeded, result.Status);
        Assert.False(again.Plan.HasChanges, PlanFormatter.Text(again.Plan));
        Assert.Equal(again.Observed.ComputeEnvironments.Length, result.After!.ComputeEnvironments.Length);
        await _stack.AssertDestroyLeavesNothingAsync(spec.Desired.StackName);
    }

    [MotoFact]
    public async Task Deploy_WhenAQueueIsRemovedFromTheSpec_DeletesItAndNothingElse()
    {
        await _stack.DeployAsync(_stack.Spec(MotoStack.Faithful));
        var withoutEtl = _stack.Spec(MotoStack.Faithful, text => Cut(text, "        - Id: etl\n", "      JobDefinitions:"));

        var result = await _stack.DeployAsync(withoutEtl);

        Assert.Equal(ApplyStatus.Succeeded, result.Status);
        Assert.Contains(result.Outcomes, o => o.Step.Action == StepAction.Delete && o.Step.Resource.Id == "etl");
        var inventory = await BatchInventory.TakeAsync(_stack.CleanBatch);
        Assert.Equal(["research-fallback", "research-training"], inventory.JobQueues.Select(q => q.JobQueueName).Order());
        Assert.Equal(3, inventory.ComputeEnvironments.Count);
        Assert.False((await _stack.Reconciler.PlanAsync(withoutEtl)).Plan.HasChanges);
        await _stack.AssertDestroyLeavesNothingAsync(withoutEtl.Desired.StackName);
    }

    /// <summary>Removes the text from <paramref name="from"/> (inclusive) up to <paramref name="to"/> (exclusive).</summary>
    internal static string Cut(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"cannot cut {from.Trim()}..{to.Trim()}");
        return text[..start] + text[end..];
    }
}
