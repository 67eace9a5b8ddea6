namespace BatchProvider.Lambda.Logging;

/// <summary>Discards every event; for callers that do not log.</summary>
public sealed class NullLogSink : ILogSink
{
    /// <summary>The shared instance.</summary>
    public static readonly NullLogSink Instance = new();

    /// <inheritdoc />
    public void Write(LogEvent logEvent)
    {
    }
}
