namespace BatchProvider.Lambda.Logging;

/// <summary>
/// Where structured log events go. One event is one line of JSON in production (<see cref="JsonLinesLogSink"/>);
/// tests use a recording sink. Implementations must be thread-safe: clients log retries from concurrent calls.
/// </summary>
public interface ILogSink
{
    /// <summary>Writes one event.</summary>
    void Write(LogEvent logEvent);
}
