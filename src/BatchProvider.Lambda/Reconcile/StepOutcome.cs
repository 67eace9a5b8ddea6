using BatchProvider.Domain.Planning;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>The result of one step.</summary>
/// <param name="Step">The step.</param>
/// <param name="Status">How far it got.</param>
/// <param name="Error">For <see cref="StepStatus.Failed"/>: why.</param>
/// <param name="BlockedBy">For <see cref="StepStatus.Skipped"/>: the failed or skipped step it depends on.</param>
/// <param name="Elapsed">Time from start to end (zero when it never started).</param>
public sealed record StepOutcome(Step Step, StepStatus Status, StepError? Error, string? BlockedBy, TimeSpan Elapsed);
