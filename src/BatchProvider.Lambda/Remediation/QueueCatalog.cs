using System.Collections.Concurrent;
using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Logging;

namespace BatchProvider.Lambda.Remediation;

/// <summary>
/// The owned queues, their compute environments and their snapshots, looked up once per sweep (or message) and
/// shared by every job: a job never costs a queue or CE lookup of its own.
/// </summary>
internal sealed class QueueCatalog
{
    private const int DescribeLimit = 100;
    private readonly IBatchApi _batch;
    private readonly ILogSink _log;
    private readonly ImmutableDictionary<string, ComputeEnvironmentDetail> _computeEnvironments;
    private readonly ConcurrentDictionary<string, Task<QueueHead?>> _heads = new(StringComparer.Ordinal);

    // Every queue a BatchStack owns, with a policy or not: a resubmit target needs none.
    private readonly ImmutableArray<JobQueueDetail> _allOwned;

    private QueueCatalog(IBatchApi batch, ILogSink log, ImmutableArray<JobQueueDetail> owned, ImmutableDictionary<string, ComputeEnvironmentDetail> ces)
    {
        (_batch, _log, _allOwned, _computeEnvironments) = (batch, log, owned, ces);
        Queues = [.. owned.Select(OwnedQueue.From).OfType<OwnedQueue>()];
    }

    /// <summary>The owned queues that carry a policy.</summary>
    public ImmutableArray<OwnedQueue> Queues { get; }

    /// <summary>Reads every job queue, keeps the owned ones, and describes their compute environments (100 per call).</summary>
    public static async Task<QueueCatalog> LoadAsync(IBatchApi batch, ILogSink log, CancellationToken cancellationToken)
    {
        var owned = new List<JobQueueDetail>();
        await foreach (var q in batch.DescribeJobQueuesAsync(new DescribeJobQueuesRequest(), cancellationToken))
            if (q.Tags?.ContainsKey(OwnershipTags.Stack) == true) owned.Add(q);
        var queues = owned.Select(OwnedQueue.From).OfType<OwnedQueue>().ToImmutableArray();
        var ceArns = queues.SelectMany(q => q.Detail.ComputeEnvironmentOrder ?? []).Select(o => o.ComputeEnvironment).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var ces = ImmutableDictionary.CreateBuilder<string, ComputeEnvironmentDetail>(StringComparer.Ordinal);
        foreach (var chunk in ceArns.Chunk(DescribeLimit))
            await foreach (var ce in batch.DescribeComputeEnvironmentsAsync(new DescribeComputeEnvironmentsRequest { ComputeEnvironments = chunk }, cancellationToken))
            {
                if (ce.ComputeEnvironmentArn is { } arn) ces[arn] = ce;
                if (ce.ComputeEnvironmentName is { } name) ces[name] = ce;
            }
        return new QueueCatalog(batch, log, [.. owned], ces.ToImmutable());
    }

    /// <summary>The owned queue with a policy whose ARN (or name) is <paramref name="queue"/>, or null.</summary>
    public OwnedQueue? Find(string queue) => Queues.FirstOrDefault(q => q.Arn == queue || q.Name == queue);

    /// <summary>The ARN of the queue <paramref name="from"/>'s policy resubmits to: the queue of the same stack whose Id tag is ResubmitTo.</summary>
    public string? ResubmitTarget(OwnedQueue from) => from.Policy.ResubmitToQueueId is not { } id ? null
        : _allOwned.FirstOrDefault(q => q.Tags is { } t && t.GetValueOrDefault(OwnershipTags.Stack) == from.Stack && t.GetValueOrDefault(OwnershipTags.LogicalId) == id)?.JobQueueArn;

    /// <summary>
    /// The queue as the diagnosis sees it. The head comes from GetJobQueueSnapshot, asked once per queue; when that
    /// fails (moto has no such operation, or the role lacks batch:GetJobQueueSnapshot) the view has no head and the
    /// diagnosis decides without it.
    /// </summary>
    public async Task<QueueView> ViewAsync(OwnedQueue queue, IReadOnlyDictionary<string, string?>? statusReasons, CancellationToken cancellationToken)
    {
        var ces = (queue.Detail.ComputeEnvironmentOrder ?? []).OrderBy(o => o.Order ?? 0)
            .Select(o => o.ComputeEnvironment is { } arn ? _computeEnvironments.GetValueOrDefault(arn) : null).OfType<ComputeEnvironmentDetail>().ToImmutableArray();
        var head = await _heads.GetOrAdd(queue.Arn, _ => HeadAsync(queue, cancellationToken));
        if (head is not null && statusReasons?.GetValueOrDefault(head.JobArn) is { } reason) head = head with { StatusReason = reason };
        return new QueueView(queue.Detail, ces, queue.Policy, head);
    }

    private async Task<QueueHead?> HeadAsync(OwnedQueue queue, CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = await _batch.GetJobQueueSnapshotAsync(new GetJobQueueSnapshotRequest { JobQueue = queue.Arn }, cancellationToken);
            return snapshot.FrontOfQueue?.Jobs is { Count: > 0 } jobs && jobs[0] is { JobArn: { } arn, EarliestTimeAtPosition: { } at }
                ? new QueueHead(arn, DateTimeOffset.FromUnixTimeMilliseconds(at), null)
                : null;
        }
        catch (AwsServiceException e)
        {
            _log.Write(LogEvent.Of(LogLevel.Warn, "remediation.snapshot_unavailable", ("queue", queue.Name), ("error", e.ErrorCode), ("status", e.StatusCode)));
            return null;
        }
    }
}
