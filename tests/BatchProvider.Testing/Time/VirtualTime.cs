namespace BatchProvider.Testing.Time;

/// <summary>
/// Runs asynchronous code on one thread against a <see cref="ManualClock"/>, advancing the clock only when every
/// piece of work is waiting: queued continuations run first; when none is left, time jumps to the next timer. The
/// result is deterministic and instant however long the simulated waits are (minutes of CE creation take
/// microseconds). Code under test must not leave the thread (<c>Task.Run</c>, <c>ConfigureAwait(false)</c> followed
/// by real work) or time could move while it still computes; the reconciler follows that rule.
/// </summary>
public static class VirtualTime
{
    /// <summary>Real time granted to work that left the pump thread before a run with nothing to do is declared stuck.</summary>
    private static readonly TimeSpan StrayWorkGrace = TimeSpan.FromMilliseconds(500);

    /// <summary>How far virtual time may run before the run is declared stuck.</summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromDays(1);

    /// <summary>Runs <paramref name="body"/> to completion and returns its result.</summary>
    /// <exception cref="TimeoutException">Virtual time passed <paramref name="limit"/>, or nothing can make progress.</exception>
    public static T Run<T>(ManualClock clock, Func<Task<T>> body, TimeSpan? limit = null)
    {
        var task = Drive(clock, body, limit ?? DefaultLimit);
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Runs <paramref name="body"/> to completion.</summary>
    public static void Run(ManualClock clock, Func<Task> body, TimeSpan? limit = null) =>
        Run(clock, async () => { await body(); return true; }, limit);

    private static Task<T> Drive<T>(ManualClock clock, Func<Task<T>> body, TimeSpan limit)
    {
        var previous = SynchronizationContext.Current;
        var context = new PumpContext();
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            var end = clock.GetUtcNow() + limit;
            var task = body();
            // Wake the pump when the task completes off the pump thread.
            task.ContinueWith(_ => context.Post(static _ => { }, null), TaskScheduler.Default);
            while (!task.IsCompleted)
            {
                if (context.RunOne()) continue;
                var due = clock.NextTimerDue;
                if (due is not null)
                {
                    if (due.Value > end) throw new TimeoutException($"virtual time passed its limit of {limit} with work still pending");
                    clock.AdvanceToNextTimer();
                    continue;
                }
                // Nothing queued and no timer armed: only work that left the thread could still finish the task, and
                // such work breaks the rule above; a short grace keeps a stray thread-pool hop from failing the run.
                if (!context.WaitForWork(StrayWorkGrace))
                    throw new TimeoutException("no work queued and no timer armed: the code under test is waiting on something the virtual clock does not drive");
            }
            while (context.RunOne()) { }
            return task;
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private sealed class PumpContext : SynchronizationContext
    {
        private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();

        public override void Post(SendOrPostCallback d, object? state)
        {
            lock (_queue)
            {
                _queue.Enqueue((d, state));
                Monitor.PulseAll(_queue);
            }
        }

        public override void Send(SendOrPostCallback d, object? state) =>
            throw new NotSupportedException("synchronous Send would block the virtual-time pump");

        public override SynchronizationContext CreateCopy() => this;

        public bool RunOne()
        {
            (SendOrPostCallback Callback, object? State) item;
            lock (_queue)
            {
                if (!_queue.TryDequeue(out item)) return false;
            }
            item.Callback(item.State);
            return true;
        }

        public bool WaitForWork(TimeSpan timeout)
        {
            lock (_queue)
            {
                return _queue.Count > 0 || Monitor.Wait(_queue, timeout);
            }
        }
    }
}
