using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Remediation;

namespace BatchProvider.Lambda.Handler;

/// <summary>
/// Stands in until stuck-job remediation is wired: every message fails (so SQS keeps it, then moves it to the
/// dead-letter queue, and nothing is lost) and every sweep is logged as skipped.
/// </summary>
public sealed class UnavailableRemediation(ILogSink log) : IStuckJobRemediation
{
    /// <inheritdoc />
    public Task HandleMessageAsync(string body, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        log.Write(LogEvent.Of(LogLevel.Warn, "remediation.unavailable", ("bytes", body.Length)));
        throw new InvalidOperationException("Stuck-job remediation is not wired into this build; the message stays on its queue.");
    }

    /// <inheritdoc />
    public Task SweepAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        log.Write(LogEvent.Of(LogLevel.Warn, "remediation.sweep.skipped"));
        return Task.CompletedTask;
    }
}
