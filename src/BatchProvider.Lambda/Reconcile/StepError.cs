using BatchProvider.Lambda.Aws;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>Why a step failed: Batch's own words, with what support needs.</summary>
/// <param name="Code">The AWS error code (e.g. <c>ClientException</c>) or <c>INVALID</c> for a wait that ended INVALID.</param>
/// <param name="Message">The service message or the resource's statusReason.</param>
/// <param name="RequestId">The AWS request id, when there was a request.</param>
public sealed record StepError(string Code, string Message, string? RequestId)
{
    /// <summary>The error of a failed AWS call.</summary>
    public static StepError From(AwsServiceException e) => new(e.ErrorCode, e.ServiceMessage, e.RequestId);

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}{(RequestId is null ? "" : $" (request {RequestId})")}";
}
