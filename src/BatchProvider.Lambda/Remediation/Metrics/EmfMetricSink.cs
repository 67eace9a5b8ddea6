using System.Text;
using System.Text.Json;

namespace BatchProvider.Lambda.Remediation.Metrics;

/// <summary>
/// Writes each <see cref="MetricPoint"/> as one CloudWatch embedded-metric-format line
/// (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html):
/// Lambda's log pipeline turns it into metrics in <see cref="Namespace"/> without any API call. Lines never interleave.
/// </summary>
public sealed class EmfMetricSink(TextWriter writer, TimeProvider time) : IMetricSink
{
    /// <summary>The CloudWatch namespace of every remediation metric.</summary>
    public const string Namespace = "BatchProvider/Remediation";

    private readonly Lock _gate = new();

    /// <inheritdoc />
    public void Write(MetricPoint point)
    {
        var line = Format(point, time.GetUtcNow());
        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    /// <summary>The EMF line of <paramref name="point"/> at <paramref name="at"/>.</summary>
    public static string Format(MetricPoint point, DateTimeOffset at)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", at.ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", Namespace);
            json.WriteStartArray("Dimensions");
            json.WriteStartArray();
            foreach (var (name, _) in point.Dimensions) json.WriteStringValue(name);
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            foreach (var (name, _, unit) in point.Values)
            {
                json.WriteStartObject();
                json.WriteString("Name", name);
                json.WriteString("Unit", unit);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            foreach (var (name, value) in point.Dimensions) json.WriteString(name, value);
            foreach (var (name, value, _) in point.Values) json.WriteNumber(name, value);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
