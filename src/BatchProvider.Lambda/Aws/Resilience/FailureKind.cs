namespace BatchProvider.Lambda.Aws.Resilience;

/// <summary>How one failed attempt failed, as far as retrying is concerned.</summary>
public enum FailureKind
{
    /// <summary>Not transient (a client error, a bug): never retried.</summary>
    Permanent,

    /// <summary>The service refused the request for rate (429, throttling codes): it did not act on it.</summary>
    Throttled,

    /// <summary>The connection failed before the request was sent (refused, DNS): it cannot have acted.</summary>
    NotSent,

    /// <summary>A 5xx or transient service code: the service may or may not have acted.</summary>
    ServerError,

    /// <summary>The connection broke or the attempt timed out after sending: the service may have acted.</summary>
    MaybeSent,
}
