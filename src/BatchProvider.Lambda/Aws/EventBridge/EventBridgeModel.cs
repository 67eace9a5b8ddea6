using System.Text.Json;
using System.Text.Json.Serialization;

namespace BatchProvider.Lambda.Aws.EventBridge;

/// <summary>One event of PutEvents.</summary>
public sealed record PutEventsRequestEntry
{
    public required string Source { get; init; }
    public required string DetailType { get; init; }
    /// <summary>The event detail, a JSON object as text.</summary>
    public required string Detail { get; init; }
    /// <summary>Name or ARN of the bus; null for the default bus.</summary>
    public string? EventBusName { get; init; }
    public IReadOnlyList<string>? Resources { get; init; }
    /// <summary>The event time; null for the time EventBridge receives it. Sent as epoch seconds (JSON 1.1 timestamps).</summary>
    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? Time { get; init; }
    public string? TraceHeader { get; init; }
}

/// <summary>PutEvents request (up to 10 entries, 256 KiB in all).</summary>
public sealed record PutEventsRequest
{
    public required IReadOnlyList<PutEventsRequestEntry> Entries { get; init; }
}

/// <summary>The outcome of one entry: an event id, or an error code and message.</summary>
public sealed record PutEventsResultEntry
{
    public string? EventId { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }
}

/// <summary>PutEvents response; entries fail individually (<see cref="FailedEntryCount"/>).</summary>
public sealed record PutEventsResponse
{
    public int FailedEntryCount { get; init; }
    public IReadOnlyList<PutEventsResultEntry>? Entries { get; init; }
}

/// <summary>AWS JSON timestamps: seconds since the epoch, with fractions.</summary>
public sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(reader.GetDouble() * 1000));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteNumberValue(time.ToUnixTimeMilliseconds() / 1000.0);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Source-generated JSON metadata for the EventBridge shapes; nulls are not sent.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PutEventsRequest))]
[JsonSerializable(typeof(PutEventsResponse))]
public sealed partial class EventBridgeJsonContext : JsonSerializerContext;
