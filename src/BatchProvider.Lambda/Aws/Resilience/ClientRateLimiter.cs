namespace BatchProvider.Lambda.Aws.Resilience;

/// <summary>
/// A token bucket on an injected <see cref="TimeProvider"/>: <c>burst</c> tokens, refilled continuously at
/// <c>requestsPerSecond</c>. Each attempt (first tries and retries alike) takes a token, waiting for one when the
/// bucket is empty, so a burst of our own calls is spread out instead of being throttled by the service.
/// Waiters are served in order of arrival (each reserves the next token time), so none starves; a cancelled waiter's
/// reservation is not given back, which errs on the slow side. Thread-safe.
/// System.Threading.RateLimiting's TokenBucketRateLimiter is not used because it runs on its own wall-clock timer,
/// which tests cannot drive.
/// </summary>
public sealed class ClientRateLimiter
{
    private readonly TimeProvider _time;
    private readonly long _ticksPerToken;
    private readonly long _burstOffsetTicks;
    private readonly Lock _gate = new();
    private long _theoreticalArrivalTicks = long.MinValue;

    /// <summary>Creates a limiter allowing <paramref name="requestsPerSecond"/> on average and <paramref name="burst"/> at once.</summary>
    public ClientRateLimiter(double requestsPerSecond, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        _time = time;
        _ticksPerToken = (long)(TimeSpan.TicksPerSecond / requestsPerSecond);
        _burstOffsetTicks = _ticksPerToken * (burst - 1);
    }

    /// <summary>Waits until a token is available and takes it.</summary>
    public Task AcquireAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            // GCRA: the theoretical arrival time advances one token interval per call; a call may go as soon as it
            // is no more than burst-1 intervals ahead of now. Idle time never banks more than the burst.
            var now = _time.GetUtcNow().UtcTicks;
            var arrival = Math.Max(_theoreticalArrivalTicks, now);
            wait = TimeSpan.FromTicks(Math.Max(0, arrival - _burstOffsetTicks - now));
            _theoreticalArrivalTicks = arrival + _ticksPerToken;
        }

        return wait == TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, _time, cancellationToken);
    }
}
