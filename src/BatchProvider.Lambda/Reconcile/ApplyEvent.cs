using BatchProvider.Domain.Planning;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>
/// A structured progress event of an apply, reported synchronously to the caller's <see cref="IProgress{T}"/> as it
/// happens (the CLI draws it, the Lambda logs it, tests record it).
/// </summary>
/// <param name="At">When it happened (the applier's <see cref="TimeProvider"/>).</param>
/// <param name="Step">The step it concerns.</param>
public abstract record ApplyEvent(DateTimeOffset At, Step Step);

/// <summary>The step was started.</summary>
public sealed record StepStarted(DateTimeOffset At, Step Step) : ApplyEvent(At, Step);

/// <summary>The step finished with <paramref name="Outcome"/> (succeeded, failed, skipped, or left pending at the deadline).</summary>
public sealed record StepFinished(DateTimeOffset At, Step Step, StepOutcome Outcome) : ApplyEvent(At, Step);

/// <summary>A wait step polled its resource and keeps waiting.</summary>
/// <param name="Status">The status Batch reported (e.g. CREATING), or null when Batch did not list it.</param>
/// <param name="StatusReason">Batch's statusReason, if any.</param>
/// <param name="NextPoll">Delay before the next poll.</param>
public sealed record StepWaiting(DateTimeOffset At, Step Step, string? Status, string? StatusReason, TimeSpan NextPoll) : ApplyEvent(At, Step);

/// <summary>A call was refused with an error the step says to retry; it is retried after <paramref name="Delay"/>.</summary>
public sealed record StepRetrying(DateTimeOffset At, Step Step, StepError Error, TimeSpan Delay) : ApplyEvent(At, Step);
