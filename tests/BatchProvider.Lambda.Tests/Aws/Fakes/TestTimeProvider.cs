namespace BatchProvider.Lambda.Tests.Aws.Fakes;

/// <summary>
/// A manual clock for tests. <see cref="Advance"/> moves time and fires due timers. With
/// <paramref name="fastForwardBelow"/> set, a timer due sooner than that (a backoff or a rate-limiter wait) moves the
/// clock forward by its due time and fires at once, so retries run without real waiting while the clock still records
/// how long they would have waited; longer timers (attempt timeouts) fire only when the clock reaches them.
/// </summary>
public sealed class TestTimeProvider(DateTimeOffset start, TimeSpan? fastForwardBelow = null) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TestTimer> _timers = [];
    private readonly DateTimeOffset _start = start;
    private DateTimeOffset _now = start;

    /// <summary>A clock at 2026-01-01T00:00:00Z.</summary>
    public TestTimeProvider(TimeSpan? fastForwardBelow = null)
        : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), fastForwardBelow)
    {
    }

    /// <summary>Timers waiting for the clock (not fast-forwarded).</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count;
            }
        }
    }

    /// <summary>Time moved forward so far by fast-forwarded timers and <see cref="Advance"/>.</summary>
    public TimeSpan Elapsed => GetUtcNow() - _start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new TestTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward and fires every timer that falls due, in order.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (true)
        {
            TestTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.Due <= target).OrderBy(t => t.Due).FirstOrDefault();
                if (next is null)
                {
                    _now = target;
                    return;
                }

                _now = next.Due > _now ? next.Due : _now;
                _timers.Remove(next);
            }

            next.Fire();
        }
    }

    private void Schedule(TestTimer timer, TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        if (fastForwardBelow is { } limit && dueTime < limit)
        {
            lock (_gate)
            {
                _now += dueTime;
            }

            // Fire asynchronously: the caller is still inside CreateTimer/Change.
            ThreadPool.QueueUserWorkItem(_ => timer.Fire());
            return;
        }

        lock (_gate)
        {
            timer.Due = _now + dueTime;
            _timers.Add(timer);
        }
    }

    private void Unschedule(TestTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class TestTimer(TestTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;

        public DateTimeOffset Due { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            // Periodic timers are not needed by the code under test; a period is ignored after the first firing.
            owner.Unschedule(this);
            if (!_disposed)
            {
                owner.Schedule(this, dueTime);
            }

            return !_disposed;
        }

        public void Fire()
        {
            if (!_disposed)
            {
                callback(state);
            }
        }

        public void Dispose()
        {
            _disposed = true;
            owner.Unschedule(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
