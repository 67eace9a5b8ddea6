namespace BatchProvider.Lambda.Aws.Resilience;

/// <summary>
/// What the retry pipeline learns about one call while it runs: the operation, its safety, how many attempts were
/// made, the cost of the last retry (returned to the quota on success) and whether an earlier attempt may have acted
/// at the service (a create that then answers "already exists" may be our own lost success).
/// </summary>
public sealed class AwsCallState(string operation, OperationSafety safety)
{
    /// <summary>The operation name, for logs.</summary>
    public string Operation { get; } = operation;

    /// <summary>What a retry risks.</summary>
    public OperationSafety Safety { get; } = safety;

    /// <summary>Attempts made so far.</summary>
    public int Attempts { get; internal set; }

    /// <summary>Quota tokens the latest retry took, or null when the call has not been retried.</summary>
    public int? LastRetryCost { get; internal set; }

    /// <summary>True when a failed earlier attempt may have changed state at the service.</summary>
    public bool EarlierAttemptMayHaveActed { get; internal set; }
}
