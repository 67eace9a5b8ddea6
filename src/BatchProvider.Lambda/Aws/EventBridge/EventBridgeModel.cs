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
