using BatchProvider.Lambda.Logging;

namespace BatchProvider.Lambda.Runtime;

/// <summary>
/// Adds the current invocation's <c>requestId</c> to every event written while it runs, so each JSON log line can be
/// matched to its invocation. The id flows with the async context <see cref="LambdaBootstrap"/> sets per invocation.
/// </summary>
public sealed class RequestScopedLogSink(ILogSink inner) : ILogSink
{
    private static readonly AsyncLocal<string?> Current = new();

    /// <summary>Sets the request id for the calling async flow (and the flows it starts).</summary>
    public static void Enter(string? requestId) => Current.Value = requestId;

    /// <inheritdoc />
    public void Write(LogEvent logEvent) =>
        inner.Write(Current.Value is { } requestId
            ? logEvent with { Fields = [KeyValuePair.Create<string, object?>("requestId", requestId), .. logEvent.Fields] }
            : logEvent);
}
