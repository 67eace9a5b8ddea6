using BatchProvider.Testing.Moto;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Validation;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Tests.Aws.Fakes;
using BatchProvider.Lambda.Tests.Moto;
using BatchProvider.Testing.Inventory;

namespace BatchProvider.Lambda.Tests.Reconcile;

/// <summary>
/// Interrupted and throttled applies against moto: whatever happens, deploying again (observe, plan, apply) converges,
/// and destroying leaves nothing behind in the whole account.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class ReconcilerChaosMotoTests(MotoServer moto) : IAsyncLifetime
{
    private const int MaxRounds = 6;

    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Deploy_StoppedAfterARandomStep_ResumesAndConverges(int seed)
    {
        var stack = new MotoStack(moto);
        var random = new Random(seed);
        var v1 = stack.Spec(MotoStack.Example);
        var v2 = stack.Spec(MotoStack.ExampleV2);

        foreach (var spec in new[] { v1, v2 })
        {
            var steps = (await stack.Reconciler.PlanAsync(spec)).Plan.Steps.Length;
            using var cancel = new CancellationTokenSource();
            // At most MaxParallelism steps run when the stop comes, so stopping 5 before the end always leaves one unstarted.
            var stopAfter = random.Next(1, Math.Max(2, steps - 4));
            var first = await stack.DeployAsync(spec, new StopAfter(stopAfter, cancel), cancel.Token);

            Assert.Equal(ApplyStatus.InProgress, first.Status);
            Assert.NotEmpty(first.Remaining);
            Assert.Equal(ApplyStatus.Succeeded, await ConvergeAsync(stack, spec));
        }

        await stack.AssertDestroyLeavesNothingAsync(v2.Desired.StackName);
    }

    [MotoTheory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task Lifecycle_WithThirtyPercentThrottling_ConvergesAndLeavesNoOrphans(int seed)
    {
        var faults = new FaultInjectingHandler(seed) { ThrottleRate = 0.3 };
        var stack = new MotoStack(moto, options => options with
        {
            Handler = faults,
            Retry = new AwsRetryOptions { MaxAttempts = 6, BaseDelay = TimeSpan.FromMilliseconds(5), MaxBackoff = TimeSpan.FromMilliseconds(50) },
        });
        var spec = stack.Spec(MotoStack.Faithful);

        Assert.Equal(ApplyStatus.Succeeded, await ConvergeAsync(stack, spec));
        Assert.False((await stack.Reconciler.PlanAsync(spec)).Plan.HasChanges);
        ApplyResult destroyed;
        var rounds = 0;
        do destroyed = await stack.DestroyAsync(spec.Desired.StackName);
        while (destroyed.Status != ApplyStatus.Succeeded && ++rounds < MaxRounds);

        Assert.True(faults.Injected(Fault.Throttle) > 0);
        Assert.Equal(ApplyStatus.Succeeded, destroyed.Status);
        var left = await BatchInventory.TakeAsync(stack.CleanBatch);
        Assert.True(left.Count == 0, left.ToString());
    }

    /// <summary>Deploys until an apply succeeds with nothing left to do, as a caller resuming after InProgress or Failed does.</summary>
    private static async Task<ApplyStatus> ConvergeAsync(MotoStack stack, ValidatedSpec spec)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var result = await stack.DeployAsync(spec);
            if (result.Status == ApplyStatus.Succeeded && !(await stack.Reconciler.PlanAsync(spec)).Plan.Steps.Any(IsChangeMotoKeeps))
                return result.Status;
        }
        return ApplyStatus.Failed;
    }

    /// <summary>
    /// A change moto can hold. Moto drops some fields (see <see cref="ReconcilerLifecycleMotoTests"/>), so on the full
    /// example the plan after a successful apply keeps proposing exactly those updates; they are not a failure to converge.
    /// </summary>
    private static bool IsChangeMotoKeeps(Step step) =>
        step.Action != StepAction.NoOp && !(step.Action == StepAction.Update && step.Reason is StepReason.SpecChanged or StepReason.Superseded
                                            && step.Resource.Id is "ondemand" or "training" or "train" or "mpi-sim");

    private sealed class StopAfter(int steps, CancellationTokenSource cancel) : IProgress<ApplyEvent>
    {
        private int _finished;

        public void Report(ApplyEvent value)
        {
            if (value is StepFinished && Interlocked.Increment(ref _finished) == steps) cancel.Cancel();
        }
    }
}
