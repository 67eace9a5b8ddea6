namespace BatchProvider.Testing.Time;

/// <summary>
/// A <see cref="TimeProvider"/> whose time moves only when told to. Timers (and so <c>Task.Delay</c>,
/// <c>CancellationTokenSource.CancelAfter</c> and <c>WaitAsync</c> given this provider) fire when <see cref="Advance"/>
/// or <see cref="AdvanceToNextTimer"/> passes their due time, in due-time order. Thread-safe; callbacks run on the
/// thread that advances, outside the clock's lock.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;
    private long _sequence;

    /// <summary>A clock starting at 2026-01-01T00:00:00Z.</summary>
    public ManualClock() : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) { }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() { lock (_gate) return _now; }

    /// <inheritdoc />
    public override long GetTimestamp() { lock (_gate) return _now.UtcTicks; }

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>The due time of the earliest armed timer, or null when none is armed.</summary>
    public DateTimeOffset? NextTimerDue
    {
        get { lock (_gate) return _timers.Count == 0 ? null : _timers.Min(t => t.Due); }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward by <paramref name="by"/>, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate) target = _now + by;
        while (FireNext(target)) { }
        lock (_gate) if (_now < target) _now = target;
    }

    /// <summary>Moves time to the earliest armed timer and fires every timer due then. False when none is armed.</summary>
    public bool AdvanceToNextTimer()
    {
        var due = NextTimerDue;
        return due is not null && FireNext(due.Value);
    }

    private bool FireNext(DateTimeOffset limit)
    {
        ManualTimer? timer;
        lock (_gate)
        {
            timer = _timers.Where(t => t.Due <= limit).OrderBy(t => t.Due).ThenBy(t => t.Sequence).FirstOrDefault();
            if (timer is null) return false;
            if (timer.Due > _now) _now = timer.Due;
            _timers.Remove(timer);
            if (timer.Period > TimeSpan.Zero) Arm(timer, timer.Due + timer.Period, timer.Period);
        }
        timer.Fire();
        return true;
    }

    private void Arm(ManualTimer timer, DateTimeOffset due, TimeSpan period)
    {
        timer.Due = due;
        timer.Period = period;
        timer.Sequence = ++_sequence;
        _timers.Add(timer);
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset Due { get; set; }
        public TimeSpan Period { get; set; }
        public long Sequence { get; set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan) return true;
                clock.Arm(this, clock._now + dueTime, period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period);
                return true;
            }
        }

        public void Dispose() { lock (clock._gate) clock._timers.Remove(this); }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
