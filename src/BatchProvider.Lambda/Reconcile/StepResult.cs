namespace BatchProvider.Lambda.Reconcile;

/// <summary>What running one step's operation produced: succeeded, failed with an error, or stopped at the deadline (pending).</summary>
internal sealed record StepResult(StepStatus Status, StepError? Error)
{
    /// <summary>The operation did what it says.</summary>
    public static readonly StepResult Done = new(StepStatus.Succeeded, null);

    /// <summary>The stop token fired while the operation was waiting or retrying; safe to plan again.</summary>
    public static readonly StepResult Interrupted = new(StepStatus.Pending, null);

    /// <summary>The operation failed with <paramref name="error"/>.</summary>
    public static StepResult Failed(StepError error) => new(StepStatus.Failed, error);
}
