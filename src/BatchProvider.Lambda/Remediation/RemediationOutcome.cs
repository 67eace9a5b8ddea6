using BatchProvider.Domain.Remediation;

namespace BatchProvider.Lambda.Remediation;

/// <summary>What happened to one job: the decision and what came of its action.</summary>
/// <param name="Decision">The diagnosis.</param>
/// <param name="Status">Whether the action ran.</param>
/// <param name="Detail">The resubmitted job's id, the re-check delay, or the error; null otherwise.</param>
public sealed record RemediationOutcome(StuckJobDecision Decision, ActionStatus Status, string? Detail);

/// <summary>How far one decision's action got.</summary>
public enum ActionStatus
{
    /// <summary>The decision needs no action (not stuck, blocked, already handled).</summary>
    None,

    /// <summary>The action ran.</summary>
    Done,

    /// <summary>A dry run: the action would have run.</summary>
    DryRun,

    /// <summary>Not due yet: a re-check was scheduled on the remediation queue.</summary>
    Rechecking,

    /// <summary>The invocation's deadline came first; the next sweep or redelivery picks the job up.</summary>
    Deferred,

    /// <summary>The action failed; <see cref="RemediationOutcome.Detail"/> says why.</summary>
    Failed,
}
