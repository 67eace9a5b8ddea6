namespace BatchProvider.Lambda.Reconcile;

/// <summary>How far one step got.</summary>
public enum StepStatus
{
    /// <summary>Not started (or a wait/retry stopped at the deadline): a later run plans it again from a fresh observation.</summary>
    Pending,

    /// <summary>Done.</summary>
    Succeeded,

    /// <summary>Batch refused or the resource ended INVALID; <see cref="StepOutcome.Error"/> says why.</summary>
    Failed,

    /// <summary>Not run because a step it depends on failed or was skipped.</summary>
    Skipped,
}
