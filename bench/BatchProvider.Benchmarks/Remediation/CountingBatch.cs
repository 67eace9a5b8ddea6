using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Batch;

namespace BatchProvider.Benchmarks.Remediation;

/// <summary>
/// Counts the Batch calls made through it, per operation. A paginated list counts once however many pages it reads;
/// moto answers every list of this benchmark in one page.
/// </summary>
public sealed class CountingBatch(IBatchApi inner) : IBatchApi
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    /// <summary>Calls per operation, e.g. <c>DescribeJobs</c>.</summary>
    public IReadOnlyDictionary<string, int> Calls => new SortedDictionary<string, int>(_calls, StringComparer.Ordinal);

    /// <summary>Every call.</summary>
    public int Total => _calls.Values.Sum();

    private T Counted<T>(T call, [CallerArgumentExpression(nameof(call))] string expression = "")
    {
        // "inner.DescribeJobsAsync(request, cancellationToken)" -> "DescribeJobs"
        var name = expression["inner.".Length..expression.IndexOf("Async(", StringComparison.Ordinal)];
        _calls.AddOrUpdate(name, 1, (_, n) => n + 1);
        return call;
    }

    public Task<CreateComputeEnvironmentResponse> CreateComputeEnvironmentAsync(CreateComputeEnvironmentRequest request, CancellationToken cancellationToken = default) => Counted(inner.CreateComputeEnvironmentAsync(request, cancellationToken));

    public Task<UpdateComputeEnvironmentResponse> UpdateComputeEnvironmentAsync(UpdateComputeEnvironmentRequest request, CancellationToken cancellationToken = default) => Counted(inner.UpdateComputeEnvironmentAsync(request, cancellationToken));

    public Task<DeleteComputeEnvironmentResponse> DeleteComputeEnvironmentAsync(DeleteComputeEnvironmentRequest request, CancellationToken cancellationToken = default) => Counted(inner.DeleteComputeEnvironmentAsync(request, cancellationToken));

    public IAsyncEnumerable<ComputeEnvironmentDetail> DescribeComputeEnvironmentsAsync(DescribeComputeEnvironmentsRequest request, CancellationToken cancellationToken = default) => Counted(inner.DescribeComputeEnvironmentsAsync(request, cancellationToken));

    public Task<CreateJobQueueResponse> CreateJobQueueAsync(CreateJobQueueRequest request, CancellationToken cancellationToken = default) => Counted(inner.CreateJobQueueAsync(request, cancellationToken));

    public Task<UpdateJobQueueResponse> UpdateJobQueueAsync(UpdateJobQueueRequest request, CancellationToken cancellationToken = default) => Counted(inner.UpdateJobQueueAsync(request, cancellationToken));

    public Task<DeleteJobQueueResponse> DeleteJobQueueAsync(DeleteJobQueueRequest request, CancellationToken cancellationToken = default) => Counted(inner.DeleteJobQueueAsync(request, cancellationToken));

    public IAsyncEnumerable<JobQueueDetail> DescribeJobQueuesAsync(DescribeJobQueuesRequest request, CancellationToken cancellationToken = default) => Counted(inner.DescribeJobQueuesAsync(request, cancellationToken));

    public Task<GetJobQueueSnapshotResponse> GetJobQueueSnapshotAsync(GetJobQueueSnapshotRequest request, CancellationToken cancellationToken = default) => Counted(inner.GetJobQueueSnapshotAsync(request, cancellationToken));

    public Task<CreateSchedulingPolicyResponse> CreateSchedulingPolicyAsync(CreateSchedulingPolicyRequest request, CancellationToken cancellationToken = default) => Counted(inner.CreateSchedulingPolicyAsync(request, cancellationToken));

    public Task<UpdateSchedulingPolicyResponse> UpdateSchedulingPolicyAsync(UpdateSchedulingPolicyRequest request, CancellationToken cancellationToken = default) => Counted(inner.UpdateSchedulingPolicyAsync(request, cancellationToken));

    public Task<DeleteSchedulingPolicyResponse> DeleteSchedulingPolicyAsync(DeleteSchedulingPolicyRequest request, CancellationToken cancellationToken = default) => Counted(inner.DeleteSchedulingPolicyAsync(request, cancellationToken));

    public Task<DescribeSchedulingPoliciesResponse> DescribeSchedulingPoliciesAsync(DescribeSchedulingPoliciesRequest request, CancellationToken cancellationToken = default) => Counted(inner.DescribeSchedulingPoliciesAsync(request, cancellationToken));

    public IAsyncEnumerable<SchedulingPolicyListingDetail> ListSchedulingPoliciesAsync(ListSchedulingPoliciesRequest request, CancellationToken cancellationToken = default) => Counted(inner.ListSchedulingPoliciesAsync(request, cancellationToken));

    public Task<RegisterJobDefinitionResponse> RegisterJobDefinitionAsync(RegisterJobDefinitionRequest request, CancellationToken cancellationToken = default) => Counted(inner.RegisterJobDefinitionAsync(request, cancellationToken));

    public Task<DeregisterJobDefinitionResponse> DeregisterJobDefinitionAsync(DeregisterJobDefinitionRequest request, CancellationToken cancellationToken = default) => Counted(inner.DeregisterJobDefinitionAsync(request, cancellationToken));

    public IAsyncEnumerable<JobDefinition> DescribeJobDefinitionsAsync(DescribeJobDefinitionsRequest request, CancellationToken cancellationToken = default) => Counted(inner.DescribeJobDefinitionsAsync(request, cancellationToken));

    public Task<SubmitJobResponse> SubmitJobAsync(SubmitJobRequest request, CancellationToken cancellationToken = default) => Counted(inner.SubmitJobAsync(request, cancellationToken));

    public IAsyncEnumerable<JobSummary> ListJobsAsync(ListJobsRequest request, CancellationToken cancellationToken = default) => Counted(inner.ListJobsAsync(request, cancellationToken));

    public Task<DescribeJobsResponse> DescribeJobsAsync(DescribeJobsRequest request, CancellationToken cancellationToken = default) => Counted(inner.DescribeJobsAsync(request, cancellationToken));

    public Task<CancelJobResponse> CancelJobAsync(CancelJobRequest request, CancellationToken cancellationToken = default) => Counted(inner.CancelJobAsync(request, cancellationToken));

    public Task<TerminateJobResponse> TerminateJobAsync(TerminateJobRequest request, CancellationToken cancellationToken = default) => Counted(inner.TerminateJobAsync(request, cancellationToken));

    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) => Counted(inner.TagResourceAsync(request, cancellationToken));

    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) => Counted(inner.UntagResourceAsync(request, cancellationToken));

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => Counted(inner.ListTagsForResourceAsync(request, cancellationToken));
}
