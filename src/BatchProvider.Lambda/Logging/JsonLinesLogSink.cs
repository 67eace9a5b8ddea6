using System.Globalization;
using System.Text.Json;

namespace BatchProvider.Lambda.Logging;

/// <summary>
/// Writes each <see cref="LogEvent"/> as one JSON object per line (<c>{"time":...,"level":...,"event":...,...}</c>),
/// the shape CloudWatch Logs Insights parses without configuration. In Lambda, pass <see cref="Console.Error"/>.
/// Thread-safe: a line is formatted first and then written under a lock, so lines never interleave.
/// </summary>
public sealed class JsonLinesLogSink(TextWriter writer, TimeProvider timeProvider, LogLevel minimumLevel = LogLevel.Info) : ILogSink
{
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public void Write(LogEvent logEvent)
    {
        if (logEvent.Level < minimumLevel)
        {
            return;
        }

        var line = Format(logEvent, timeProvider.GetUtcNow());
        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    /// <summary>Formats one event as a single JSON line (no trailing newline).</summary>
    public static string Format(LogEvent logEvent, DateTimeOffset time)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("level", logEvent.Level.ToString().ToLowerInvariant());
            json.WriteString("event", logEvent.Name);
            foreach (var (key, value) in logEvent.Fields)
            {
                WriteValue(json, key, value);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter json, string key, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(key); break;
            case bool b: json.WriteBoolean(key, b); break;
            case int i: json.WriteNumber(key, i); break;
            case long l: json.WriteNumber(key, l); break;
            case double d: json.WriteNumber(key, d); break;
            case TimeSpan t: json.WriteNumber(key, Math.Round(t.TotalMilliseconds, 3)); break;
            case IFormattable f: json.WriteString(key, f.ToString(null, CultureInfo.InvariantCulture)); break;
            default: json.WriteString(key, value.ToString()); break;
        }
    }
}
