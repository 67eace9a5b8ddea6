using System.Collections.Concurrent;
using BatchProvider.Lambda.Remediation;

namespace BatchProvider.Lambda.Tests.Remediation;

/// <summary>An <see cref="IStuckJobRemediation"/> that keeps what the handler routed to it and does nothing else.</summary>
public sealed class RecordingRemediation : IStuckJobRemediation
{
    private readonly ConcurrentQueue<string> _messages = new();
    private int _sweeps;

    /// <summary>Message bodies routed here, in order.</summary>
    public IReadOnlyList<string> Messages => [.. _messages];

    /// <summary>Scheduled sweeps routed here.</summary>
    public int Sweeps => Volatile.Read(ref _sweeps);

    public Task HandleMessageAsync(string body, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        _messages.Enqueue(body);
        return Task.CompletedTask;
    }

    /// <summary>Batches opened by the handler.</summary>
    public int Batches { get; private set; }

    public IDisposable BeginBatch()
    {
        Batches++;
        return new Scope();
    }

    public Task SweepAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sweeps);
        return Task.CompletedTask;
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
