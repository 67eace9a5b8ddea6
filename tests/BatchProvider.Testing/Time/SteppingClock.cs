namespace BatchProvider.Testing.Time;

/// <summary>
/// Real time plus an offset that the test moves forward, e.g. a fixed cost per call to an outside system: work is then
/// measured in calls, not in how fast the machine is, while real waits still elapse. Timers fire when their due time
/// passes in either way (real elapse or <see cref="Advance"/>), once per arming.
/// </summary>
public sealed class SteppingClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<SteppingTimer> _timers = [];
    private TimeSpan _offset;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return System.GetUtcNow() + _offset;
    }

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Moves time forward by <paramref name="by"/> and fires the timers that fall due.</summary>
    public void Advance(TimeSpan by)
    {
        List<SteppingTimer> due;
        lock (_gate)
        {
            _offset += by;
            var now = System.GetUtcNow() + _offset;
            due = [.. _timers.Where(t => t.Due <= now)];
        }
        foreach (var timer in due) timer.Fire();
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new SteppingTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class SteppingTimer(SteppingClock clock, TimerCallback callback, object? state) : ITimer
    {
        private ITimer? _real;
        private int _armed;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset Due { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Disarm();
            if (dueTime == Timeout.InfiniteTimeSpan) return true;
            _period = period;
            lock (clock._gate)
            {
                Due = clock.GetUtcNow() + dueTime;
                clock._timers.Add(this);
            }
            Volatile.Write(ref _armed, 1);
            _real = System.CreateTimer(_ => Fire(), null, dueTime, Timeout.InfiniteTimeSpan);
            return true;
        }

        public void Fire()
        {
            if (Interlocked.Exchange(ref _armed, 0) == 0) return;
            lock (clock._gate) clock._timers.Remove(this);
            callback(state);
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan) Change(_period, _period);
        }

        public void Dispose() => Disarm();

        public ValueTask DisposeAsync()
        {
            Disarm();
            return ValueTask.CompletedTask;
        }

        private void Disarm()
        {
            Volatile.Write(ref _armed, 0);
            lock (clock._gate) clock._timers.Remove(this);
            _real?.Dispose();
            _real = null;
        }
    }
}
