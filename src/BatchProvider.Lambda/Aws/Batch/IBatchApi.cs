using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Lambda.Aws.Batch;

/// <summary>
/// The AWS Batch operations BatchProvider uses: one request and one response record per operation, shaped exactly as
/// the Batch API (the records are generated from the service model). Paginated operations are async streams that
/// follow <c>nextToken</c> until the end. Failures throw <see cref="AwsServiceException"/> (or a subclass) carrying the
/// AWS error code, message and request id. Swapping in AWSSDK.Batch means one new implementation of this interface.
/// </summary>
public interface IBatchApi
{
    /// <summary>CreateComputeEnvironment.</summary>
    Task<CreateComputeEnvironmentResponse> CreateComputeEnvironmentAsync(CreateComputeEnvironmentRequest request, CancellationToken cancellationToken = default);

    /// <summary>UpdateComputeEnvironment.</summary>
    Task<UpdateComputeEnvironmentResponse> UpdateComputeEnvironmentAsync(UpdateComputeEnvironmentRequest request, CancellationToken cancellationToken = default);

    /// <summary>DeleteComputeEnvironment.</summary>
    Task<DeleteComputeEnvironmentResponse> DeleteComputeEnvironmentAsync(DeleteComputeEnvironmentRequest request, CancellationToken cancellationToken = default);

    /// <summary>DescribeComputeEnvironments, every page (<c>computeEnvironments</c>).</summary>
    IAsyncEnumerable<ComputeEnvironmentDetail> DescribeComputeEnvironmentsAsync(DescribeComputeEnvironmentsRequest request, CancellationToken cancellationToken = default);

    /// <summary>CreateJobQueue.</summary>
    Task<CreateJobQueueResponse> CreateJobQueueAsync(CreateJobQueueRequest request, CancellationToken cancellationToken = default);

    /// <summary>UpdateJobQueue.</summary>
    Task<UpdateJobQueueResponse> UpdateJobQueueAsync(UpdateJobQueueRequest request, CancellationToken cancellationToken = default);

    /// <summary>DeleteJobQueue.</summary>
    Task<DeleteJobQueueResponse> DeleteJobQueueAsync(DeleteJobQueueRequest request, CancellationToken cancellationToken = default);

    /// <summary>DescribeJobQueues, every page (<c>jobQueues</c>).</summary>
    IAsyncEnumerable<JobQueueDetail> DescribeJobQueuesAsync(DescribeJobQueuesRequest request, CancellationToken cancellationToken = default);

    /// <summary>GetJobQueueSnapshot.</summary>
    Task<GetJobQueueSnapshotResponse> GetJobQueueSnapshotAsync(GetJobQueueSnapshotRequest request, CancellationToken cancellationToken = default);

    /// <summary>CreateSchedulingPolicy.</summary>
    Task<CreateSchedulingPolicyResponse> CreateSchedulingPolicyAsync(CreateSchedulingPolicyRequest request, CancellationToken cancellationToken = default);

    /// <summary>UpdateSchedulingPolicy.</summary>
    Task<UpdateSchedulingPolicyResponse> UpdateSchedulingPolicyAsync(UpdateSchedulingPolicyRequest request, CancellationToken cancellationToken = default);

    /// <summary>DeleteSchedulingPolicy.</summary>
    Task<DeleteSchedulingPolicyResponse> DeleteSchedulingPolicyAsync(DeleteSchedulingPolicyRequest request, CancellationToken cancellationToken = default);

    /// <summary>DescribeSchedulingPolicies.</summary>
    Task<DescribeSchedulingPoliciesResponse> DescribeSchedulingPoliciesAsync(DescribeSchedulingPoliciesRequest request, CancellationToken cancellationToken = default);

    /// <summary>ListSchedulingPolicies, every page (<c>schedulingPolicies</c>).</summary>
    IAsyncEnumerable<SchedulingPolicyListingDetail> ListSchedulingPoliciesAsync(ListSchedulingPoliciesRequest request, CancellationToken cancellationToken = default);

    /// <summary>RegisterJobDefinition.</summary>
    Task<RegisterJobDefinitionResponse> RegisterJobDefinitionAsync(RegisterJobDefinitionRequest request, CancellationToken cancellationToken = default);

    /// <summary>DeregisterJobDefinition.</summary>
    Task<DeregisterJobDefinitionResponse> DeregisterJobDefinitionAsync(DeregisterJobDefinitionRequest request, CancellationToken cancellationToken = default);

    /// <summary>DescribeJobDefinitions, every page (<c>jobDefinitions</c>).</summary>
    IAsyncEnumerable<JobDefinition> DescribeJobDefinitionsAsync(DescribeJobDefinitionsRequest request, CancellationToken cancellationToken = default);

    /// <summary>SubmitJob.</summary>
    Task<SubmitJobResponse> SubmitJobAsync(SubmitJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>ListJobs, every page (<c>jobSummaryList</c>).</summary>
    IAsyncEnumerable<JobSummary> ListJobsAsync(ListJobsRequest request, CancellationToken cancellationToken = default);

    /// <summary>DescribeJobs.</summary>
    Task<DescribeJobsResponse> DescribeJobsAsync(DescribeJobsRequest request, CancellationToken cancellationToken = default);

    /// <summary>CancelJob.</summary>
    Task<CancelJobResponse> CancelJobAsync(CancelJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>TerminateJob.</summary>
    Task<TerminateJobResponse> TerminateJobAsync(TerminateJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>TagResource.</summary>
    Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>UntagResource.</summary>
    Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>ListTagsForResource.</summary>
    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);
}
