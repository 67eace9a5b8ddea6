using BatchProvider.Domain.Planning;
using BatchProvider.Lambda.Aws;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>
/// Waits for the status of resources of one family by polling Describe* in batches: every poll asks for all resources
/// being waited on at that moment (one DescribeComputeEnvironments for N compute environments, at most 100 names per
/// call), so N concurrent waits cost one call per round, not N. Each waiter has its own capped exponential back-off;
/// a round runs when the earliest waiter is due. Batch ships no waiters (see batch-rules D.1), hence this class.
/// </summary>
/// <typeparam name="TDetail">The Describe* detail shape.</typeparam>
internal sealed class StatusPoller<TDetail>(
    Func<IReadOnlyList<string>, IAsyncEnumerable<TDetail>> describe,
    Func<TDetail, (string? Name, string? Arn, string? Status, string? Reason)> read,
    TimeProvider time,
    ApplyOptions options)
{
    private const int MaxNamesPerCall = 100;
    private readonly Lock _gate = new();
    private readonly List<Waiter> _waiters = [];
    private bool _running;
    private CancellationTokenSource? _sleep;

    private sealed class Waiter(string name, WaitTarget until, Action<string?, string?, TimeSpan> onPoll)
    {
        public string Name { get; } = name;
        public WaitTarget Until { get; } = until;
        public Action<string?, string?, TimeSpan> OnPoll { get; } = onPoll;
        public TaskCompletionSource<StepResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public DateTimeOffset NextPoll { get; set; }
        public int Attempt { get; set; }
    }

    /// <summary>
    /// Waits until <paramref name="name"/> reaches <paramref name="until"/> (Done), can never reach it (Failed: INVALID,
    /// or gone while waiting for VALID), or <paramref name="stop"/> fires (Interrupted).
    /// </summary>
    /// <param name="onPoll">Called after each poll that keeps waiting, with the status, reason and next delay.</param>
    public Task<StepResult> WaitAsync(string name, WaitTarget until, Action<string?, string?, TimeSpan> onPoll, CancellationToken stop)
    {
        var waiter = new Waiter(name, until, onPoll) { NextPoll = time.GetUtcNow() + options.FirstPollDelay };
        stop.Register(() => waiter.Result.TrySetResult(StepResult.Interrupted));
        bool start;
        CancellationTokenSource? wake;
        lock (_gate)
        {
            _waiters.Add(waiter);
            start = !_running;
            _running = true;
            wake = _sleep;
        }
        if (start) _ = RunAsync();
        else wake?.Cancel();
        return waiter.Result.Task;
    }

    private async Task RunAsync()
    {
        while (true)
        {
            CancellationTokenSource sleep;
            TimeSpan delay;
            lock (_gate)
            {
                _waiters.RemoveAll(w => w.Result.Task.IsCompleted);
                if (_waiters.Count == 0)
                {
                    _running = false;
                    return;
                }
                delay = _waiters.Min(w => w.NextPoll) - time.GetUtcNow();
                _sleep = sleep = new CancellationTokenSource();
            }
            try
            {
                if (delay > TimeSpan.Zero) await Task.Delay(delay, time, sleep.Token);
            }
            catch (OperationCanceledException)
            {
                // A new waiter arrived: its first poll may be due before the one slept for.
                continue;
            }
            finally
            {
                lock (_gate) _sleep = null;
                sleep.Dispose();
            }
            List<Waiter> round;
            lock (_gate) round = [.. _waiters.Where(w => !w.Result.Task.IsCompleted)];
            foreach (var chunk in round.Chunk(MaxNamesPerCall)) await PollAsync(chunk);
        }
    }

    private async Task PollAsync(IReadOnlyList<Waiter> waiters)
    {
        var seen = new Dictionary<string, (string? Status, string? Reason)>(StringComparer.Ordinal);
        try
        {
            await foreach (var detail in describe([.. waiters.Select(w => w.Name).Distinct()]))
            {
                var (name, arn, status, reason) = read(detail);
                if (name is not null) seen[name] = (status, reason);
                if (arn is not null) seen[arn] = (status, reason);
            }
        }
        catch (AwsServiceException e) when (ReconcileErrors.IsTransient(e))
        {
            // A throttled or failed poll changes nothing: try again at each waiter's next back-off step.
            foreach (var waiter in waiters) Reschedule(waiter, null, $"poll failed: {e.ErrorCode}");
            return;
        }
        catch (AwsServiceException e)
        {
            foreach (var waiter in waiters) waiter.Result.TrySetResult(StepResult.Failed(StepError.From(e)));
            return;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            foreach (var waiter in waiters) Reschedule(waiter, null, $"poll failed: {e.GetType().Name}");
            return;
        }
        catch (Exception e)
        {
            // This loop runs detached: whatever else went wrong must reach the waiting steps, never leave them hanging.
            foreach (var waiter in waiters) waiter.Result.TrySetResult(StepResult.Failed(new StepError(e.GetType().Name, e.Message, null)));
            return;
        }

        foreach (var waiter in waiters)
        {
            var found = seen.TryGetValue(waiter.Name, out var s);
            var status = found ? s.Status : null;
            var result = Decide(waiter.Until, found && status != "DELETED", status, s.Reason, waiter.Name);
            if (result is null) Reschedule(waiter, status, s.Reason);
            else waiter.Result.TrySetResult(result);
        }
    }

    /// <remarks>CS8524 (unnamed enum values) is silenced so that a new named target still fails the build (CS8509).</remarks>
#pragma warning disable CS8524
    private static StepResult? Decide(WaitTarget until, bool exists, string? status, string? reason, string name) => until switch
    {
        WaitTarget.Valid when !exists => StepResult.Failed(new StepError("NotFound", $"{name} does not exist (status {status ?? "absent"})", null)),
        WaitTarget.Valid when status == "VALID" => StepResult.Done,
        WaitTarget.Valid when status == "INVALID" => StepResult.Failed(new StepError("INVALID", reason ?? "Batch gave no statusReason", null)),
        WaitTarget.Valid => null,
        WaitTarget.Settled when !exists || status is "VALID" or "INVALID" => StepResult.Done,
        WaitTarget.Settled => null,
        WaitTarget.Gone when !exists => StepResult.Done,
        // A resource that went INVALID while deleting stays until someone fixes its cause (e.g. a deleted role).
        WaitTarget.Gone when status == "INVALID" => StepResult.Failed(new StepError("INVALID", reason ?? "Batch gave no statusReason", null)),
        WaitTarget.Gone => null,
    };
#pragma warning restore CS8524

    private void Reschedule(Waiter waiter, string? status, string? reason)
    {
        var delay = ApplyOptions.Backoff(options.FirstPollDelay, options.MaxPollDelay, ++waiter.Attempt);
        waiter.NextPoll = time.GetUtcNow() + delay;
        waiter.OnPoll(status, reason, delay);
    }
}
