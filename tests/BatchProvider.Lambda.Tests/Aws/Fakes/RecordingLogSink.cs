using System.Collections.Concurrent;
using BatchProvider.Lambda.Logging;

namespace BatchProvider.Lambda.Tests.Aws.Fakes;

/// <summary>Keeps every event it is given, for assertions.</summary>
public sealed class RecordingLogSink : ILogSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public IReadOnlyList<LogEvent> Named(string name) => [.. _events.Where(e => e.Name == name)];

    public void Write(LogEvent logEvent) => _events.Enqueue(logEvent);
}
