using System.Runtime.CompilerServices;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Batch;

namespace BatchProvider.Benchmarks.Reconcile;

/// <summary>
/// What every driver of the simulation talks to: the <see cref="Testing.Simulation.SimulatedBatch"/> seen through an
/// SDK-like client. Each call gets extra network latency (uniform 0-100 ms, from a seeded generator, on top of the
/// simulation's 50 ms, so 50-150 ms a call), and a throttled call is retried after 0.5 s, 1 s, 2 s ... (capped at 8 s),
/// as the AWS SDKs do. The client records when each attempt was in flight, so the time a Lambda spends inside API
/// calls can be computed (<see cref="BusyTime"/>).
/// </summary>
public sealed class ServiceClient(IBatchApi inner, TimeProvider time, int seed) : IBatchApi
{
    private static readonly TimeSpan FirstThrottleDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxThrottleDelay = TimeSpan.FromSeconds(8);
    private readonly Random _jitter = new(seed);
    private readonly List<(DateTimeOffset Start, DateTimeOffset End)> _inFlight = [];

    /// <summary>Forgets the recorded in-flight intervals.</summary>
    public void Reset() => _inFlight.Clear();

    /// <summary>
    /// The total time at least one call was in flight since <see cref="Reset"/>, and the number of idle gaps longer than
    /// <paramref name="gap"/> between calls (each one a point where a continuation-based Lambda would have ended and
    /// been re-invoked later).
    /// </summary>
    public (TimeSpan Busy, int Gaps) BusyTime(TimeSpan gap)
    {
        var busy = TimeSpan.Zero;
        var gaps = 0;
        DateTimeOffset? end = null;
        foreach (var (s, e) in _inFlight.OrderBy(i => i.Start))
        {
            if (end is null || s > end)
            {
                if (end is not null && s - end > gap) gaps++;
                busy += e - s;
                end = e;
            }
            else if (e > end)
            {
                busy += e - end.Value;
                end = e;
            }
        }
        return (busy, gaps);
    }

    private async Task<T> Call<T>(Func<Task<T>> call)
    {
        for (var attempt = 0; ; attempt++)
        {
            var start = time.GetUtcNow();
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(_jitter.Next(0, 101)), time);
                return await call();
            }
            catch (AwsServiceException e) when (e.IsThrottling)
            {
                await Task.Delay(Backoff(attempt), time);
            }
            finally
            {
                _inFlight.Add((start, time.GetUtcNow()));
            }
        }
    }

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromTicks(Math.Min(MaxThrottleDelay.Ticks, FirstThrottleDelay.Ticks << Math.Min(attempt, 10)));

    /// <summary>Lists are read whole (with the same retry), then streamed: the drivers read every page anyway.</summary>
    private async IAsyncEnumerable<T> Stream<T>(Func<IAsyncEnumerable<T>> list, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var items = await Call(async () =>
        {
            var all = new List<T>();
            await foreach (var item in list().WithCancellation(cancellationToken)) all.Add(item);
            return all;
        });
        foreach (var item in items) yield return item;
    }

    public Task<CreateComputeEnvironmentResponse> CreateComputeEnvironmentAsync(CreateComputeEnvironmentRequest request, CancellationToken cancellationToken = default) => Call(() => inner.CreateComputeEnvironmentAsync(request, cancellationToken));
    public Task<UpdateComputeEnvironmentResponse> UpdateComputeEnvironmentAsync(UpdateComputeEnvironmentRequest request, CancellationToken cancellationToken = default) => Call(() => inner.UpdateComputeEnvironmentAsync(request, cancellationToken));
    public Task<DeleteComputeEnvironmentResponse> DeleteComputeEnvironmentAsync(DeleteComputeEnvironmentRequest request, CancellationToken cancellationToken = default) => Call(() => inner.DeleteComputeEnvironmentAsync(request, cancellationToken));
    public IAsyncEnumerable<ComputeEnvironmentDetail> DescribeComputeEnvironmentsAsync(DescribeComputeEnvironmentsRequest request, CancellationToken cancellationToken = default) => Stream(() => inner.DescribeComputeEnvironmentsAsync(request, cancellationToken), cancellationToken);
    public Task<CreateJobQueueResponse> CreateJobQueueAsync(CreateJobQueueRequest request, CancellationToken cancellationToken = default) => Call(() => inner.CreateJobQueueAsync(request, cancellationToken));
    public Task<UpdateJobQueueResponse> UpdateJobQueueAsync(UpdateJobQueueRequest request, CancellationToken cancellationToken = default) => Call(() => inner.UpdateJobQueueAsync(request, cancellationToken));
    public Task<DeleteJobQueueResponse> DeleteJobQueueAsync(DeleteJobQueueRequest request, CancellationToken cancellationToken = default) => Call(() => inner.DeleteJobQueueAsync(request, cancellationToken));
    public IAsyncEnumerable<JobQueueDetail> DescribeJobQueuesAsync(DescribeJobQueuesRequest request, CancellationToken cancellationToken = default) => Stream(() => inner.DescribeJobQueuesAsync(request, cancellationToken), cancellationToken);
    public Task<GetJobQueueSnapshotResponse> GetJobQueueSnapshotAsync(GetJobQueueSnapshotRequest request, CancellationToken cancellationToken = default) => Call(() => inner.GetJobQueueSnapshotAsync(request, cancellationToken));
    public Task<CreateSchedulingPolicyResponse> CreateSchedulingPolicyAsync(CreateSchedulingPolicyRequest request, CancellationToken cancellationToken = default) => Call(() => inner.CreateSchedulingPolicyAsync(request, cancellationToken));
    public Task<UpdateSchedulingPolicyResponse> UpdateSchedulingPolicyAsync(UpdateSchedulingPolicyRequest request, CancellationToken cancellationToken = default) => Call(() => inner.UpdateSchedulingPolicyAsync(request, cancellationToken));
    public Task<DeleteSchedulingPolicyResponse> DeleteSchedulingPolicyAsync(DeleteSchedulingPolicyRequest request, CancellationToken cancellationToken = default) => Call(() => inner.DeleteSchedulingPolicyAsync(request, cancellationToken));
    public Task<DescribeSchedulingPoliciesResponse> DescribeSchedulingPoliciesAsync(DescribeSchedulingPoliciesRequest request, CancellationToken cancellationToken = default) => Call(() => inner.DescribeSchedulingPoliciesAsync(request, cancellationToken));
    public IAsyncEnumerable<SchedulingPolicyListingDetail> ListSchedulingPoliciesAsync(ListSchedulingPoliciesRequest request, CancellationToken cancellationToken = default) => Stream(() => inner.ListSchedulingPoliciesAsync(request, cancellationToken), cancellationToken);
    public Task<RegisterJobDefinitionResponse> RegisterJobDefinitionAsync(RegisterJobDefinitionRequest request, CancellationToken cancellationToken = default) => Call(() => inner.RegisterJobDefinitionAsync(request, cancellationToken));
    public Task<DeregisterJobDefinitionResponse> DeregisterJobDefinitionAsync(DeregisterJobDefinitionRequest request, CancellationToken cancellationToken = default) => Call(() => inner.DeregisterJobDefinitionAsync(request, cancellationToken));
    public IAsyncEnumerable<JobDefinition> DescribeJobDefinitionsAsync(DescribeJobDefinitionsRequest request, CancellationToken cancellationToken = default) => Stream(() => inner.DescribeJobDefinitionsAsync(request, cancellationToken), cancellationToken);
    public Task<SubmitJobResponse> SubmitJobAsync(SubmitJobRequest request, CancellationToken cancellationToken = default) => Call(() => inner.SubmitJobAsync(request, cancellationToken));
    public IAsyncEnumerable<JobSummary> ListJobsAsync(ListJobsRequest request, CancellationToken cancellationToken = default) => Stream(() => inner.ListJobsAsync(request, cancellationToken), cancellationToken);
    public Task<DescribeJobsResponse> DescribeJobsAsync(DescribeJobsRequest request, CancellationToken cancellationToken = default) => Call(() => inner.DescribeJobsAsync(request, cancellationToken));
    public Task<CancelJobResponse> CancelJobAsync(CancelJobRequest request, CancellationToken cancellationToken = default) => Call(() => inner.CancelJobAsync(request, cancellationToken));
    public Task<TerminateJobResponse> TerminateJobAsync(TerminateJobRequest request, CancellationToken cancellationToken = default) => Call(() => inner.TerminateJobAsync(request, cancellationToken));
    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) => Call(() => inner.TagResourceAsync(request, cancellationToken));
    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) => Call(() => inner.UntagResourceAsync(request, cancellationToken));
    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => Call(() => inner.ListTagsForResourceAsync(request, cancellationToken));
}
