using System.Runtime.CompilerServices;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Batch;

namespace BatchProvider.Testing.Simulation;

/// <summary>
/// An in-memory AWS Batch control plane with Batch's timing and refusals: compute environments pass through
/// CREATING/UPDATING/DELETING for configurable times, queues accept only VALID compute environments, a compute
/// environment cannot be deleted while ENABLED or while a queue (or, for a short while after letting go, a former
/// queue) still relates to it, and calls beyond the rate limit fail with TooManyRequestsException. All time comes from
/// the injected <see cref="TimeProvider"/>; pair it with <see cref="Time.ManualClock"/> and <see cref="Time.VirtualTime"/>
/// for instant, deterministic runs. Every call is recorded (<see cref="Calls"/>, <see cref="CallCount"/>). Jobs are
/// not simulated: the job operations throw <see cref="NotSupportedException"/>.
/// </summary>
public sealed partial class SimulatedBatch(TimeProvider time, SimulatedBatchOptions? options = null) : IBatchApi
{
    private const int PageSize = 100;
    private readonly object _gate = new();
    private readonly SimulatedBatchOptions _options = options ?? new SimulatedBatchOptions();
    private readonly List<RecordedCall> _calls = [];
    private readonly Queue<DateTimeOffset> _recentCalls = new();
    private readonly List<(string Operation, Func<object, Exception?> Fault)> _faults = [];
    private long _requestCounter;

    /// <summary>Every call received so far, in order.</summary>
    public IReadOnlyList<RecordedCall> Calls { get { lock (_gate) return [.. _calls]; } }

    /// <summary>How many calls of <paramref name="operation"/> were received (failed ones included).</summary>
    public int CallCount(string operation) { lock (_gate) return _calls.Count(c => c.Operation == operation); }

    /// <summary>
    /// Everything in the simulated account right now, without latency, rate limit or recording (a test's view, not a
    /// client's): transitions due by now are settled first.
    /// </summary>
    public Inventory.BatchInventory Peek()
    {
        lock (_gate)
        {
            Settle(Now);
            return new Inventory.BatchInventory(
                [.. _computeEnvironments.Select(c => c.Detail with { Tags = TagsOf(c.Arn) })],
                [.. _jobQueues.Select(q => q.Detail with { Tags = TagsOf(q.Arn) })],
                [.. _policies.Select(p => p with { Tags = TagsOf(p.Arn!) })],
                [.. _jobDefinitions.Where(j => j.Status == "ACTIVE")]);
        }
    }

    /// <summary>Forgets the recorded calls (the resources stay).</summary>
    public void ClearCalls() { lock (_gate) _calls.Clear(); }

    /// <summary>
    /// Makes calls of <paramref name="operation"/> fail whenever <paramref name="fault"/> returns an exception for the
    /// request (an <see cref="AwsServiceException"/> for a service error, anything else for a client-side failure);
    /// the call then changes nothing.
    /// </summary>
    public void InjectFault(string operation, Func<object, Exception?> fault)
    {
        lock (_gate) _faults.Add((operation, fault));
    }

    private DateTimeOffset Now => time.GetUtcNow();

    private string Arn(string kind, string name) => $"arn:aws:batch:{_options.Region}:{_options.AccountId}:{kind}/{name}";

    private AwsServiceException Error(string code, string message, int status = 400) =>
        new("batch", code, message, status, $"sim-{Interlocked.Increment(ref _requestCounter):D6}");

    private AwsServiceException ClientError(string message) => Error("ClientException", message);

    private async Task<T> Invoke<T>(string operation, object request, Func<T> action, CancellationToken cancellationToken)
    {
        if (_options.ApiLatency > TimeSpan.Zero) await Task.Delay(_options.ApiLatency, time, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var now = Now;
            try
            {
                Throttle(now);
                foreach (var (op, fault) in _faults)
                    if (op == operation && fault(request) is { } injected) throw injected;
                Settle(now);
                var result = action();
                _calls.Add(new RecordedCall(operation, request, now, null));
                return result;
            }
            catch (Exception e)
            {
                _calls.Add(new RecordedCall(operation, request, now, e is AwsServiceException a ? a.ErrorCode : e.GetType().Name));
                throw;
            }
        }
    }

    private void Throttle(DateTimeOffset now)
    {
        if (_options.RequestsPerSecond is not { } limit) return;
        while (_recentCalls.Count > 0 && now - _recentCalls.Peek() >= TimeSpan.FromSeconds(1)) _recentCalls.Dequeue();
        if (_recentCalls.Count >= limit) throw Error("TooManyRequestsException", "Too Many Requests", 429);
        _recentCalls.Enqueue(now);
    }

    /// <summary>Completes every status transition whose time has come.</summary>
    private void Settle(DateTimeOffset now)
    {
        SettleComputeEnvironments(now);
        SettleJobQueues(now);
        _lingering.RemoveAll(l => l.Until <= now);
    }

    /// <summary>Streams a list page by page, each page one recorded call, as the paginated Batch operations do.</summary>
    private async IAsyncEnumerable<T> Paged<T>(string operation, object request, Func<IReadOnlyList<T>> select, int? maxResults,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var size = Math.Clamp(maxResults ?? PageSize, 1, PageSize);
        IReadOnlyList<T>? all = null;
        for (var offset = 0; ; offset += size)
        {
            var start = offset;
            var page = await Invoke(operation, request, () =>
            {
                all ??= select();
                return all.Skip(start).Take(size).ToList();
            }, cancellationToken);
            foreach (var item in page) yield return item;
            if (start + size >= all!.Count) yield break;
        }
    }
}
