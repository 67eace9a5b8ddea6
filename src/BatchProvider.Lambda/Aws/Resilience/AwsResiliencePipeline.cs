using BatchProvider.Lambda.Logging;
using Polly;
using Polly.Retry;

namespace BatchProvider.Lambda.Aws.Resilience;

/// <summary>
/// Builds the one resilience pipeline of a client: retry (standard-mode rules, full-jitter backoff, retry quota) around
/// a per-attempt timeout. Built once at start-up; the call's <see cref="AwsCallState"/> travels in the context.
/// </summary>
public static class AwsResiliencePipeline
{
    /// <summary>The context property holding the call's state.</summary>
    public static readonly ResiliencePropertyKey<AwsCallState> CallState = new("batchprovider.aws.call");

    /// <summary>Builds the pipeline. <paramref name="random"/> returns uniform values in [0, 1).</summary>
    public static ResiliencePipeline Build(
        string service, AwsRetryOptions options, RetryQuota quota, TimeProvider time, Func<double> random, ILogSink log)
    {
        options.Validate();
        var builder = new ResiliencePipelineBuilder { Name = service, TimeProvider = time };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Exception, args.AttemptNumber, args.Context, options, quota, service, log)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Backoff(args.AttemptNumber, options, random)),
                OnRetry = args =>
                {
                    var state = args.Context.Properties.GetValue(CallState, null!);
                    log.Write(LogEvent.Of(LogLevel.Warn, "aws.retry",
                        ("service", service),
                        ("operation", state?.Operation),
                        ("attempt", args.AttemptNumber + 1),
                        ("delayMs", args.RetryDelay),
                        ("kind", args.Outcome.Exception is { } e ? FailureClassifier.Classify(e).ToString() : null),
                        ("errorCode", (args.Outcome.Exception as AwsServiceException)?.ErrorCode ?? args.Outcome.Exception?.GetType().Name),
                        ("status", (args.Outcome.Exception as AwsServiceException)?.StatusCode),
                        ("requestId", (args.Outcome.Exception as AwsServiceException)?.RequestId),
                        ("message", args.Outcome.Exception?.Message),
                        ("quotaAvailable", quota.Available)));
                    return default;
                },
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    /// <summary>Full jitter: uniform in [0, min(MaxBackoff, BaseDelay × 2^attempt)] (attempt 0 is the first retry).</summary>
    public static TimeSpan Backoff(int attemptNumber, AwsRetryOptions options, Func<double> random)
    {
        var ceiling = Math.Min(options.MaxBackoff.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attemptNumber, 30)));
        return TimeSpan.FromMilliseconds(random() * ceiling);
    }

    private static bool ShouldRetry(
        Exception? exception, int attemptNumber, ResilienceContext context, AwsRetryOptions options, RetryQuota quota, string service, ILogSink log)
    {
        if (exception is null || context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        var state = context.Properties.GetValue(CallState, null!);
        var kind = FailureClassifier.Classify(exception);
        if (state is not null && FailureClassifier.MayHaveActed(kind))
        {
            state.EarlierAttemptMayHaveActed = true;
        }

        // Polly asks before checking its attempt limit; asking the quota only when a retry will follow keeps the
        // tokens of the last attempt in the bucket, as the SDKs do.
        if (!FailureClassifier.IsRetryable(kind, state?.Safety ?? OperationSafety.Idempotent) || attemptNumber >= options.MaxAttempts - 1)
        {
            return false;
        }

        if (!quota.TryAcquire(kind is FailureKind.MaybeSent or FailureKind.NotSent, out var cost))
        {
            log.Write(LogEvent.Of(LogLevel.Warn, "aws.retry_quota_exhausted",
                ("service", service), ("operation", state?.Operation), ("attempt", attemptNumber + 1), ("available", quota.Available)));
            return false;
        }

        if (state is not null)
        {
            state.LastRetryCost = cost;
        }

        return true;
    }
}
