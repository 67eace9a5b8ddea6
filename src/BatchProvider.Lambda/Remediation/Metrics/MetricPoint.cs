namespace BatchProvider.Lambda.Remediation.Metrics;

/// <summary>One observation: named values (all of one unit each) under one set of dimensions.</summary>
/// <param name="Dimensions">Dimension name to value, in order, e.g. Queue, Verdict, Cause, Action.</param>
/// <param name="Values">Metric name to value and CloudWatch unit, e.g. <c>Decisions</c> = (1, "Count").</param>
public sealed record MetricPoint(IReadOnlyList<KeyValuePair<string, string>> Dimensions, IReadOnlyList<(string Name, double Value, string Unit)> Values);
