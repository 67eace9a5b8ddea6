using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Batch;

namespace BatchProvider.Sandbox.Moto;

/// <summary>
/// Makes moto behave like AWS for compute environments created without a service role: AWS then uses the
/// AWSServiceRoleForBatch service-linked role (and reports its ARN in <c>serviceRole</c>), whereas moto refuses with
/// "ServiceRole is required". This decorator fills in the service-linked role's ARN on CreateComputeEnvironment and
/// passes every other call through unchanged. Only for local emulators; never wrap a real AWS client in it.
/// </summary>
public sealed class ServiceLinkedRoleDefault(IBatchApi inner, string accountId) : IBatchApi
{
    /// <summary>The ARN of the Batch service-linked role in <paramref name="accountId"/>.</summary>
    public static string ArnFor(string accountId) =>
        $"arn:aws:iam::{accountId}:role/aws-service-role/batch.amazonaws.com/AWSServiceRoleForBatch";

    /// <inheritdoc />
    public Task<CreateComputeEnvironmentResponse> CreateComputeEnvironmentAsync(CreateComputeEnvironmentRequest request, CancellationToken cancellationToken = default) =>
        inner.CreateComputeEnvironmentAsync(request.ServiceRole is null && request.Type == "MANAGED" ? request with { ServiceRole = ArnFor(accountId) } : request, cancellationToken);

    /// <inheritdoc />
    public Task<UpdateComputeEnvironmentResponse> UpdateComputeEnvironmentAsync(UpdateComputeEnvironmentRequest request, CancellationToken cancellationToken = default) => inner.UpdateComputeEnvironmentAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<DeleteComputeEnvironmentResponse> DeleteComputeEnvironmentAsync(DeleteComputeEnvironmentRequest request, CancellationToken cancellationToken = default) => inner.DeleteComputeEnvironmentAsync(request, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<ComputeEnvironmentDetail> DescribeComputeEnvironmentsAsync(DescribeComputeEnvironmentsRequest request, CancellationToken cancellationToken = default) => inner.DescribeComputeEnvironmentsAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<CreateJobQueueResponse> CreateJobQueueAsync(CreateJobQueueRequest request, CancellationToken cancellationToken = default) => inner.CreateJobQueueAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<UpdateJobQueueResponse> UpdateJobQueueAsync(UpdateJobQueueRequest request, CancellationToken cancellationToken = default) => inner.UpdateJobQueueAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<DeleteJobQueueResponse> DeleteJobQueueAsync(DeleteJobQueueRequest request, CancellationToken cancellationToken = default) => inner.DeleteJobQueueAsync(request, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<JobQueueDetail> DescribeJobQueuesAsync(DescribeJobQueuesRequest request, CancellationToken cancellationToken = default) => inner.DescribeJobQueuesAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<GetJobQueueSnapshotResponse> GetJobQueueSnapshotAsync(GetJobQueueSnapshotRequest request, CancellationToken cancellationToken = default) => inner.GetJobQueueSnapshotAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<CreateSchedulingPolicyResponse> CreateSchedulingPolicyAsync(CreateSchedulingPolicyRequest request, CancellationToken cancellationToken = default) => inner.CreateSchedulingPolicyAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<UpdateSchedulingPolicyResponse> UpdateSchedulingPolicyAsync(UpdateSchedulingPolicyRequest request, CancellationToken cancellationToken = default) => inner.UpdateSchedulingPolicyAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<DeleteSchedulingPolicyResponse> DeleteSchedulingPolicyAsync(DeleteSchedulingPolicyRequest request, CancellationToken cancellationToken = default) => inner.DeleteSchedulingPolicyAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<DescribeSchedulingPoliciesResponse> DescribeSchedulingPoliciesAsync(DescribeSchedulingPoliciesRequest request, CancellationToken cancellationToken = default) => inner.DescribeSchedulingPoliciesAsync(request, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SchedulingPolicyListingDetail> ListSchedulingPoliciesAsync(ListSchedulingPoliciesRequest request, CancellationToken cancellationToken = default) => inner.ListSchedulingPoliciesAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<RegisterJobDefinitionResponse> RegisterJobDefinitionAsync(RegisterJobDefinitionRequest request, CancellationToken cancellationToken = default) => inner.RegisterJobDefinitionAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<DeregisterJobDefinitionResponse> DeregisterJobDefinitionAsync(DeregisterJobDefinitionRequest request, CancellationToken cancellationToken = default) => inner.DeregisterJobDefinitionAsync(request, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<JobDefinition> DescribeJobDefinitionsAsync(DescribeJobDefinitionsRequest request, CancellationToken cancellationToken = default) => inner.DescribeJobDefinitionsAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SubmitJobResponse> SubmitJobAsync(SubmitJobRequest request, CancellationToken cancellationToken = default) => inner.SubmitJobAsync(request, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<JobSummary> ListJobsAsync(ListJobsRequest request, CancellationToken cancellationToken = default) => inner.ListJobsAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<DescribeJobsResponse> DescribeJobsAsync(DescribeJobsRequest request, CancellationToken cancellationToken = default) => inner.DescribeJobsAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<CancelJobResponse> CancelJobAsync(CancelJobRequest request, CancellationToken cancellationToken = default) => inner.CancelJobAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<TerminateJobResponse> TerminateJobAsync(TerminateJobRequest request, CancellationToken cancellationToken = default) => inner.TerminateJobAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) => inner.TagResourceAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) => inner.UntagResourceAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => inner.ListTagsForResourceAsync(request, cancellationToken);
}
