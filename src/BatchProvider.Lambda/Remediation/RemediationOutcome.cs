using BatchProvider.Domain.Remediation;

namespace BatchProvider.Lambda.Remediation;

/// <summary>What happened to one job: the decision and what came of its action.</summary>
/// <param name="Decision">The diagnosis.</param>
/// <param name="Status">Whether the action ran.</param>
/// <param name="Detail">The resubmitted job's id, the re-check delay, the error, or why a Notify was not sent; null otherwise.</param>
public sealed record RemediationOutcome(StuckJobDecision Decision, ActionStatus Status, string? Detail);

/// <summary>How far one decision's action got.</summary>
public enum ActionStatus
{
    /// <summary>The decision needs no action (not stuck, blocked, already handled).</summary>
    None,

    /// <summary>The action ran.</summary>
    Done,

    /// <summary>Reported, not carried out: a dry run, or a Notify with no notification queue in a sweep that reports it (<see cref="SweepOptions.ReportNotifyWithoutQueue"/>; Detail says so).</summary>
    DryRun,

    /// <summary>Not due yet: a re-check was scheduled on the remediation queue.</summary>
    Rechecking,

    /// <summary>The invocation's deadline came first; the next sweep or redelivery picks the job up.</summary>
    Deferred,

    /// <summary>The action failed; <see cref="RemediationOutcome.Detail"/> says why.</summary>
    Failed,
}
