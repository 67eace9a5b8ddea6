namespace BatchProvider.Lambda.Logging;

/// <summary>Severity of a <see cref="LogEvent"/>; written in lower case (<c>"info"</c>, <c>"warn"</c>, ...).</summary>
public enum LogLevel
{
    Debug,
    Info,
    Warn,
    Error,
}
