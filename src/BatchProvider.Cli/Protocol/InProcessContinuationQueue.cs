using BatchProvider.Lambda.Continuation;

namespace BatchProvider.Cli.Protocol;

/// <summary>
/// The continuation queue of the CLI: the message the handler would have sent to SQS, kept in memory for
/// <see cref="LocalCustomResource"/> to deliver after its delay. A request has at most one pending continuation.
/// </summary>
internal sealed class InProcessContinuationQueue : IContinuationQueue
{
    private (ContinuationMessage Message, TimeSpan Delay)? _pending;

    /// <inheritdoc />
    public Task ScheduleAsync(ContinuationMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (_pending is not null) throw new InvalidOperationException($"Request {message.Request.RequestId} already has a continuation pending.");
        _pending = (message, delay);
        return Task.CompletedTask;
    }

    /// <summary>Removes and returns the pending continuation; null when the handler left none.</summary>
    public (ContinuationMessage Message, TimeSpan Delay)? Take()
    {
        var pending = _pending;
        _pending = null;
        return pending;
    }
}
