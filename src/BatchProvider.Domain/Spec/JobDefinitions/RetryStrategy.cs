using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>One entry of Batch's <c>evaluateOnExit</c>: when <see cref="On"/> matches a failed attempt, do <see cref="Action"/>.</summary>
public sealed record RetryStrategy(PropertyPath Path, RetryAction Action, RetryReason On);

/// <summary>What Batch does when a <see cref="RetryStrategy"/> matches.</summary>
public enum RetryAction
{
    /// <summary>Retry the job (while attempts remain).</summary>
    Retry,

    /// <summary>Fail the job without further attempts.</summary>
    Exit,
}
