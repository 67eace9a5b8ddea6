using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Batch;

namespace BatchProvider.Lambda.Tests.Remediation;

/// <summary>
/// An <see cref="IBatchApi"/> over a fixed set of job queues, compute environments and RUNNABLE jobs that records every
/// call: how many of each operation, the size of every DescribeJobs batch, and the most CancelJob/TerminateJob calls
/// in flight at once. The first <paramref name="holdActions"/> actions wait until that many are in flight together,
/// so a sweep that acted one job at a time would never get past the first (it fails on <see cref="HoldLimit"/>).
/// </summary>
public sealed class RecordingJobsBatch(IReadOnlyList<JobQueueDetail> queues, IReadOnlyList<ComputeEnvironmentDetail> computeEnvironments,
    IReadOnlyList<JobDetail> jobs, int holdActions) : IBatchApi
{
    /// <summary>How long a held action waits for the others before the test fails; a guard against hanging, not a measurement.</summary>
    public static readonly TimeSpan HoldLimit = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<int> _describeBatches = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _peak;
    private int _started;

    /// <summary>Calls per operation name.</summary>
    public int Calls(string operation) => _calls.GetValueOrDefault(operation);

    /// <summary>Every call of every operation.</summary>
    public int TotalCalls => _calls.Values.Sum();

    /// <summary>The number of job ids of each DescribeJobs call.</summary>
    public IReadOnlyList<int> DescribeJobsBatches => [.. _describeBatches];

    /// <summary>The most actions that were in flight at once.</summary>
    public int PeakActions => Volatile.Read(ref _peak);

    private void Record([CallerMemberName] string method = "") => _calls.AddOrUpdate(method[..^"Async".Length], 1, (_, n) => n + 1);

    public async IAsyncEnumerable<JobQueueDetail> DescribeJobQueuesAsync(DescribeJobQueuesRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Record();
        await Task.Yield();
        foreach (var q in queues) yield return q;
    }

    public async IAsyncEnumerable<ComputeEnvironmentDetail> DescribeComputeEnvironmentsAsync(DescribeComputeEnvironmentsRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Record();
        await Task.Yield();
        var wanted = request.ComputeEnvironments?.ToHashSet(StringComparer.Ordinal);
        foreach (var ce in computeEnvironments.Where(c => wanted is null || wanted.Contains(c.ComputeEnvironmentArn!) || wanted.Contains(c.ComputeEnvironmentName!)))
            yield return ce;
    }

    public Task<GetJobQueueSnapshotResponse> GetJobQueueSnapshotAsync(GetJobQueueSnapshotRequest request, CancellationToken cancellationToken = default)
    {
        Record();
        return Task.FromResult(new GetJobQueueSnapshotResponse());
    }

    public async IAsyncEnumerable<JobSummary> ListJobsAsync(ListJobsRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Record();
        await Task.Yield();
        foreach (var j in jobs.Where(j => j.JobQueue == request.JobQueue && j.Status == request.JobStatus))
            yield return new JobSummary { JobId = j.JobId, JobArn = j.JobArn, JobName = j.JobName, CreatedAt = j.CreatedAt, Status = j.Status };
    }

    public async Task<DescribeJobsResponse> DescribeJobsAsync(DescribeJobsRequest request, CancellationToken cancellationToken = default)
    {
        Record();
        _describeBatches.Enqueue(request.Jobs?.Count ?? 0);
        await Task.Yield();
        var ids = request.Jobs?.ToHashSet(StringComparer.Ordinal) ?? [];
        return new DescribeJobsResponse { Jobs = [.. jobs.Where(j => ids.Contains(j.JobId!))] };
    }

    public async Task<CancelJobResponse> CancelJobAsync(CancelJobRequest request, CancellationToken cancellationToken = default)
    {
        Record();
        await ActAsync(cancellationToken);
        return new CancelJobResponse();
    }

    public async Task<TerminateJobResponse> TerminateJobAsync(TerminateJobRequest request, CancellationToken cancellationToken = default)
    {
        Record();
        await ActAsync(cancellationToken);
        return new TerminateJobResponse();
    }

    private async Task ActAsync(CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        for (var peak = Volatile.Read(ref _peak); now > peak; peak = Volatile.Read(ref _peak))
            if (Interlocked.CompareExchange(ref _peak, now, peak) == peak) break;
        try
        {
            if (Interlocked.Increment(ref _started) >= holdActions) _released.TrySetResult();
            await _released.Task.WaitAsync(HoldLimit, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static NotSupportedException Unused([CallerMemberName] string method = "") => new($"the sweep does not call {method}");

    public Task<CreateComputeEnvironmentResponse> CreateComputeEnvironmentAsync(CreateComputeEnvironmentRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<UpdateComputeEnvironmentResponse> UpdateComputeEnvironmentAsync(UpdateComputeEnvironmentRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<DeleteComputeEnvironmentResponse> DeleteComputeEnvironmentAsync(DeleteComputeEnvironmentRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<CreateJobQueueResponse> CreateJobQueueAsync(CreateJobQueueRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<UpdateJobQueueResponse> UpdateJobQueueAsync(UpdateJobQueueRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<DeleteJobQueueResponse> DeleteJobQueueAsync(DeleteJobQueueRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<CreateSchedulingPolicyResponse> CreateSchedulingPolicyAsync(CreateSchedulingPolicyRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<UpdateSchedulingPolicyResponse> UpdateSchedulingPolicyAsync(UpdateSchedulingPolicyRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<DeleteSchedulingPolicyResponse> DeleteSchedulingPolicyAsync(DeleteSchedulingPolicyRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<DescribeSchedulingPoliciesResponse> DescribeSchedulingPoliciesAsync(DescribeSchedulingPoliciesRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public IAsyncEnumerable<SchedulingPolicyListingDetail> ListSchedulingPoliciesAsync(ListSchedulingPoliciesRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<RegisterJobDefinitionResponse> RegisterJobDefinitionAsync(RegisterJobDefinitionRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<DeregisterJobDefinitionResponse> DeregisterJobDefinitionAsync(DeregisterJobDefinitionRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public IAsyncEnumerable<JobDefinition> DescribeJobDefinitionsAsync(DescribeJobDefinitionsRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<SubmitJobResponse> SubmitJobAsync(SubmitJobRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) => throw Unused();
    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => throw Unused();
}
