using System.Collections.Concurrent;
using BatchProvider.Lambda.Remediation.Metrics;

namespace BatchProvider.Lambda.Tests.Remediation;

/// <summary>Keeps every metric point, for assertions.</summary>
public sealed class RecordingMetrics : IMetricSink
{
    private readonly ConcurrentQueue<MetricPoint> _points = new();

    public IReadOnlyList<MetricPoint> Points => [.. _points];

    public void Write(MetricPoint point) => _points.Enqueue(point);
}
