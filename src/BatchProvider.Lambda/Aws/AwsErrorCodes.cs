namespace BatchProvider.Lambda.Aws;

/// <summary>
/// The error codes the AWS SDKs' standard retry mode treats specially, in one place
/// (botocore <c>retries/standard.py</c>, https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html).
/// </summary>
public static class AwsErrorCodes
{
    /// <summary>Codes meaning "slow down": the request was refused before the service acted on it. botocore's
    /// standard-mode list, plus SQS's legacy query code.</summary>
    public static readonly IReadOnlySet<string> Throttling = new HashSet<string>(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException", "AWS.SimpleQueueService.RequestThrottled",
    };

    /// <summary>Transient service-side codes retried whatever their status: the standard mode's
    /// (RequestTimeout, RequestTimeoutException, PriorRequestNotComplete — the last is also a throttling code) plus the
    /// internal-error codes services send with a 5xx, so a proxy that rewrites the status does not hide them.</summary>
    public static readonly IReadOnlySet<string> Transient = new HashSet<string>(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "InternalServerError",
        "ServiceUnavailable", "ServiceUnavailableException", "ServerException",
    };

    /// <summary>Codes meaning the identity lacks permission or valid credentials.</summary>
    public static readonly IReadOnlySet<string> AccessDenied = new HashSet<string>(StringComparer.Ordinal)
    {
        "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnrecognizedClientException",
        "InvalidClientTokenId", "InvalidSignatureException", "SignatureDoesNotMatch", "ExpiredToken", "ExpiredTokenException",
    };

    /// <summary>Throttling by code, or by status 429 whatever the code.</summary>
    public static bool IsThrottling(string errorCode, int statusCode) => statusCode == 429 || Throttling.Contains(errorCode);
}
