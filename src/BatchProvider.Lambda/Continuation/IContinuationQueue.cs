namespace BatchProvider.Lambda.Continuation;

/// <summary>Where unfinished requests wait for their next pass (SQS in Lambda; in memory in the CLI and unit tests).</summary>
public interface IContinuationQueue
{
    /// <summary>Persists <paramref name="message"/> to be delivered again after <paramref name="delay"/> (at most 900 s).</summary>
    Task ScheduleAsync(ContinuationMessage message, TimeSpan delay, CancellationToken cancellationToken);
}
