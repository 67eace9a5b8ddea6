namespace BatchProvider.Lambda.Aws;

/// <summary>
/// An error answer from an AWS service: its error code (e.g. <c>ClientException</c>, <c>TooManyRequestsException</c>),
/// message, HTTP status and request id. Batch reports "not found" as a 400 <c>ClientException</c> whose message says
/// "does not exist" (it does not use 404), hence <see cref="IsNotFound"/>. The classification properties are what
/// callers branch on; <see cref="ErrorCode"/> is kept verbatim for anything finer.
/// </summary>
public class AwsServiceException(string service, string errorCode, string message, int statusCode, string? requestId)
    : Exception($"{service} {errorCode} ({statusCode}): {message}{(requestId is null ? "" : $" [request {requestId}]")}")
{
    /// <summary>The service that answered, e.g. <c>batch</c>.</summary>
    public string Service { get; } = service;

    /// <summary>The AWS error code.</summary>
    public string ErrorCode { get; } = errorCode;

    /// <summary>The service's own message.</summary>
    public string ServiceMessage { get; } = message;

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The AWS request id, for support cases.</summary>
    public string? RequestId { get; } = requestId;

    /// <summary>True when the service says the resource does not exist.</summary>
    public bool IsNotFound =>
        StatusCode == 404 || ServiceMessage.Contains("does not exist", StringComparison.OrdinalIgnoreCase)
                          || ServiceMessage.Contains("not found", StringComparison.OrdinalIgnoreCase)
                          || ErrorCode is "QueueDoesNotExist" or "AWS.SimpleQueueService.NonExistentQueue" or "ResourceNotFoundException";

    /// <summary>True when the service refused the call because of a rate limit (it did not act on it).</summary>
    public bool IsThrottling => AwsErrorCodes.IsThrottling(ErrorCode, StatusCode);

    /// <summary>True for a transient service-side failure: status 500, 502, 503 or 504 (the standard mode's
    /// transient statuses; a 501 is not transient), or a transient error code.</summary>
    public bool IsServerError => StatusCode is 500 or 502 or 503 or 504 || AwsErrorCodes.Transient.Contains(ErrorCode);

    /// <summary>True when the caller's credentials or permissions are the problem.</summary>
    public bool IsAccessDenied => AwsErrorCodes.AccessDenied.Contains(ErrorCode) || StatusCode == 403;

    /// <summary>True when a create failed because a resource of that name exists already.</summary>
    public bool IsAlreadyExists =>
        ServiceMessage.Contains("already exists", StringComparison.OrdinalIgnoreCase) || ErrorCode is "QueueAlreadyExists" or "ResourceAlreadyExistsException";
}
