using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Validation;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Reconcile.Convergence;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>
/// Observe → plan (the pure <see cref="Planner"/>) → apply, for one account and region. One pass per call: a result
/// that is <see cref="ApplyStatus.InProgress"/> is continued by calling again, which observes afresh.
/// </summary>
public sealed class Reconciler
{
    private readonly string _arnPrefix;

    /// <summary>Creates a reconciler for one account and region.</summary>
    /// <param name="batch">The Batch client.</param>
    /// <param name="time">The clock for waits and deadlines.</param>
    /// <param name="arnPrefix"><c>arn:{partition}:batch:{region}:{account}</c> of the target (see <see cref="PlanOptions.ArnPrefix"/>).</param>
    /// <param name="options">Pacing of the apply; validated here.</param>
    public Reconciler(IBatchApi batch, TimeProvider time, string arnPrefix, ApplyOptions? options = null)
    {
        _arnPrefix = arnPrefix;
        Observer = new Observer(batch);
        Applier = new Applier(batch, Observer, time, options);
    }

    /// <summary>Reads the stack's resources.</summary>
    public Observer Observer { get; }

    /// <summary>Runs plans.</summary>
    public Applier Applier { get; }

    /// <summary>Observes and plans the changes that make Batch match <paramref name="spec"/>.</summary>
    /// <param name="previous">The previous deployment's desired state, when known (only to label drift).</param>
    public async Task<PlannedChange> PlanAsync(ValidatedSpec spec, DesiredState? previous = null, CancellationToken cancellationToken = default)
    {
        var observed = await Observer.ObserveAsync(spec.Desired.StackName, spec.Desired, cancellationToken);
        return new PlannedChange(observed, Planner.Plan(spec, observed, new PlanOptions(_arnPrefix, previous)));
    }

    /// <summary>Observes and plans the removal of everything <paramref name="stackName"/> owns.</summary>
    public async Task<PlannedChange> PlanDestroyAsync(string stackName, CancellationToken cancellationToken = default)
    {
        var observed = await Observer.ObserveAsync(stackName, null, cancellationToken);
        return new PlannedChange(observed, Planner.PlanDestroy(observed, new PlanOptions(_arnPrefix)));
    }

    /// <summary>Plans and applies <paramref name="spec"/> until done, failed, or the deadline.</summary>
    public async Task<ApplyResult> DeployAsync(ValidatedSpec spec, DateTimeOffset deadline, IProgress<ApplyEvent>? progress = null,
        DesiredState? previous = null, CancellationToken cancellationToken = default)
    {
        var planned = await PlanAsync(spec, previous, cancellationToken);
        return await Applier.ApplyAsync(planned.Plan, planned.Observed, spec.Desired, deadline, progress, cancellationToken);
    }

    /// <summary>
    /// Whether Batch now is what <paramref name="spec"/> says, judged from a fresh observation: an apply that succeeded
    /// step by step has not converged if Batch does not report what it was sent.
    /// </summary>
    public async Task<(ConvergenceVerdict Verdict, PlannedChange Check)> JudgeAsync(ValidatedSpec spec, TargetKind kind, CancellationToken cancellationToken = default)
    {
        var check = await PlanAsync(spec, cancellationToken: cancellationToken);
        return (Convergence.Convergence.Judge(check.Plan, kind), check);
    }

    /// <summary>Plans and applies the removal of everything <paramref name="stackName"/> owns.</summary>
    public async Task<ApplyResult> DestroyAsync(string stackName, DateTimeOffset deadline, IProgress<ApplyEvent>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var planned = await PlanDestroyAsync(stackName, cancellationToken);
        return await Applier.ApplyAsync(planned.Plan, planned.Observed, null, deadline, progress, cancellationToken);
    }
}
