using BatchProvider.Domain.Planning;
using BatchProvider.Lambda.Aws;

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

/// <summary>The result of one step.</summary>
/// <param name="Step">The step.</param>
/// <param name="Status">How far it got.</param>
/// <param name="Error">For <see cref="StepStatus.Failed"/>: why.</param>
/// <param name="BlockedBy">For <see cref="StepStatus.Skipped"/>: the failed or skipped step it depends on.</param>
/// <param name="Elapsed">Time from start to end (zero when it never started).</param>
public sealed record StepOutcome(Step Step, StepStatus Status, StepError? Error, string? BlockedBy, TimeSpan Elapsed);
