using BatchProvider.Domain.Remediation;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Remediation.Metrics;

namespace BatchProvider.Lambda.Remediation;

/// <summary>Writes every outcome as one JSON log line (<c>remediation.decision</c>) and one EMF metric line.</summary>
internal sealed class DecisionRecorder(ILogSink log, IMetricSink metrics)
{
    /// <summary>Records <paramref name="outcome"/> for queue <paramref name="queueName"/>.</summary>
    public void Record(RemediationOutcome outcome, string queueName)
    {
        var d = outcome.Decision;
        var level = outcome.Status == ActionStatus.Failed ? LogLevel.Error : d.Verdict == StuckVerdict.Stuck ? LogLevel.Warn : LogLevel.Info;
        log.Write(LogEvent.Of(level, "remediation.decision",
            ("jobId", d.JobId), ("jobName", d.JobName), ("queue", queueName), ("verdict", d.Verdict.ToString()),
            ("cause", d.Cause?.WireName()), ("action", d.Action?.ToString()), ("status", outcome.Status.ToString()),
            ("runnableSeconds", (long)d.RunnableFor.TotalSeconds), ("blockedBy", d.BlockedBy),
            ("evidence", string.Join(" | ", d.Evidence)), ("detail", outcome.Detail)));
        metrics.Write(new MetricPoint(
            [new("Queue", queueName), new("Verdict", d.Verdict.ToString()), new("Cause", d.Cause?.WireName() ?? "NONE"), new("Action", d.Action?.ToString() ?? "None"), new("Status", outcome.Status.ToString())],
            [("Jobs", 1, "Count"), ("RunnableSeconds", Math.Round(d.RunnableFor.TotalSeconds), "Seconds")]));
    }
}
