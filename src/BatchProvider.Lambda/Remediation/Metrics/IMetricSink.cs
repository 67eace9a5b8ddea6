namespace BatchProvider.Lambda.Remediation.Metrics;

/// <summary>Where remediation metrics go: CloudWatch embedded-metric-format lines in Lambda (<see cref="EmfMetricSink"/>), a recording fake in tests.</summary>
public interface IMetricSink
{
    /// <summary>Writes one metric point. Thread-safe.</summary>
    void Write(MetricPoint point);
}
