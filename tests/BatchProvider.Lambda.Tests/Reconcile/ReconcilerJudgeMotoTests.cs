using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Reconcile.Convergence;
using BatchProvider.Lambda.Tests.Moto;
using BatchProvider.Testing.Moto;

namespace BatchProvider.Lambda.Tests.Reconcile;

/// <summary>
/// <see cref="Reconciler.JudgeAsync"/> is what the custom-resource provider asks before answering SUCCESS: a deploy
/// whose every step succeeded has still not converged when Batch reports something other than it was sent. moto drops
/// the example's jobStateTimeLimitActions and its multi-node definition's nodeProperties, which is exactly such a
/// case when the target claims to be AWS.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class ReconcilerJudgeMotoTests(MotoServer moto) : IAsyncLifetime
{
    private readonly MotoStack _stack = new(moto);

    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoTheory]
    [InlineData(MotoStack.Example, TargetKind.Aws, false)]
    [InlineData(MotoStack.Example, TargetKind.LocalEmulator, true)]
    [InlineData(MotoStack.Faithful, TargetKind.Aws, true)]
    public async Task Judge_AfterASuccessfulDeploy_IsConvergedOnlyWhenBatchReportsWhatWasSent(string file, TargetKind kind, bool converged)
    {
        var spec = _stack.Spec(file);
        var deployed = await _stack.DeployAsync(spec);

        var (verdict, check) = await _stack.Reconciler.JudgeAsync(spec, kind);

        Assert.Equal(ApplyStatus.Succeeded, deployed.Status);
        Assert.Equal(converged, verdict.Converged);
        Assert.Equal(converged ? [] : ["jobStateTimeLimitActions", "nodeProperties"],
            verdict.Remaining.SelectMany(r => r.Fields).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(kind == TargetKind.LocalEmulator && file == MotoStack.Example, !verdict.Tolerated.IsEmpty);
        Assert.NotEmpty(check.Observed.ComputeEnvironments);
        await _stack.AssertDestroyLeavesNothingAsync(spec.Desired.StackName);
    }
}
