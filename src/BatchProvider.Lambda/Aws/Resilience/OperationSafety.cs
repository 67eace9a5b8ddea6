namespace BatchProvider.Lambda.Aws.Resilience;

/// <summary>What a retry of an operation risks, which decides what may be retried.</summary>
public enum OperationSafety
{
    /// <summary>Repeating the call leaves the same state (describe, list, update, delete, cancel, tag, and creates
    /// made safe by the caller). Every transient failure is retried.</summary>
    Idempotent,

    /// <summary>Repeating a call that reached the service may act twice (SubmitJob). Retried only when the request
    /// provably did not act: throttling answers, and connections that failed before the request was sent.</summary>
    NotIdempotent,
}
