using Polly.Timeout;

namespace BatchProvider.Lambda.Aws.Resilience;

/// <summary>Classifies attempt failures (the one predicate naming what is retryable).</summary>
public static class FailureClassifier
{
    /// <summary>The kind of <paramref name="exception"/>; caller cancellation is <see cref="FailureKind.Permanent"/>.</summary>
    public static FailureKind Classify(Exception exception) => exception switch
    {
        AwsServiceException { IsThrottling: true } => FailureKind.Throttled,
        AwsServiceException { IsServerError: true } => FailureKind.ServerError,
        AwsServiceException => FailureKind.Permanent,
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => FailureKind.NotSent,
        HttpRequestException => FailureKind.MaybeSent,
        IOException => FailureKind.MaybeSent,
        TimeoutRejectedException => FailureKind.MaybeSent,
        _ => FailureKind.Permanent,
    };

    /// <summary>True when an attempt that failed this way may have changed state at the service.</summary>
    public static bool MayHaveActed(FailureKind kind) => kind is FailureKind.ServerError or FailureKind.MaybeSent;

    /// <summary>True when <paramref name="kind"/> may be retried for an operation of <paramref name="safety"/>.</summary>
    /// <remarks>CS8524 (unnamed enum values) is silenced so that a new named safety still fails the build (CS8509).</remarks>
#pragma warning disable CS8524
    public static bool IsRetryable(FailureKind kind, OperationSafety safety) => safety switch
    {
        OperationSafety.Idempotent => kind is not FailureKind.Permanent,
        OperationSafety.NotIdempotent => kind is FailureKind.Throttled or FailureKind.NotSent,
    };
#pragma warning restore CS8524
}
