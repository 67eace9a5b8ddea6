namespace BatchProvider.Lambda.Reconcile;

/// <summary>How an apply ended.</summary>
public enum ApplyStatus
{
    /// <summary>Every step succeeded.</summary>
    Succeeded,

    /// <summary>Some step failed; its dependents were skipped, independent branches ran to the end.</summary>
    Failed,

    /// <summary>The deadline (or a cancellation) stopped the apply at a safe point; observe again, plan again and apply to continue.</summary>
    InProgress,

    /// <summary>Nothing was done: the plan has errors, or a step would touch a resource the stack does not own.</summary>
    Refused,
}
