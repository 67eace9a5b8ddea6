using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Resilience;

namespace BatchProvider.Lambda.Aws.Batch;

public sealed partial class BatchClient
{
    /// <inheritdoc />
    /// <remarks>Retried like an idempotent call; "already exists" after a possibly-landed attempt is resolved as for
    /// compute environments (the existing queue must carry the request's tags).</remarks>
    public async Task<CreateJobQueueResponse> CreateJobQueueAsync(CreateJobQueueRequest request, CancellationToken cancellationToken = default)
    {
        var state = new AwsCallState(BatchOperations.CreateJobQueue.Name, OperationSafety.Idempotent);
        try
        {
            return await CallAsync(BatchOperations.CreateJobQueue, request, Ctx.CreateJobQueueRequest, Ctx.CreateJobQueueResponse, state, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e) when (e.IsAlreadyExists && state.EarlierAttemptMayHaveActed && request.JobQueueName is { } name)
        {
            await foreach (var existing in DescribeJobQueuesAsync(new() { JobQueues = [name] }, cancellationToken).ConfigureAwait(false))
            {
                if (existing.JobQueueName == name && IsOurs(request.Tags, existing.Tags))
                {
                    return new() { JobQueueName = existing.JobQueueName, JobQueueArn = existing.JobQueueArn };
                }
            }

            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>Idempotent.</remarks>
    public Task<UpdateJobQueueResponse> UpdateJobQueueAsync(UpdateJobQueueRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.UpdateJobQueue, request, Ctx.UpdateJobQueueRequest, Ctx.UpdateJobQueueResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Idempotent.</remarks>
    public Task<DeleteJobQueueResponse> DeleteJobQueueAsync(DeleteJobQueueRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.DeleteJobQueue, request, Ctx.DeleteJobQueueRequest, Ctx.DeleteJobQueueResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<JobQueueDetail> DescribeJobQueuesAsync(DescribeJobQueuesRequest request, CancellationToken cancellationToken = default) =>
        PagesAsync(BatchOperations.DescribeJobQueues, request, Ctx.DescribeJobQueuesRequest, Ctx.DescribeJobQueuesResponse,
            (r, token) => r with { NextToken = token }, page => page.JobQueues, page => page.NextToken, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Read-only.</remarks>
    public Task<GetJobQueueSnapshotResponse> GetJobQueueSnapshotAsync(GetJobQueueSnapshotRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.GetJobQueueSnapshot, request, Ctx.GetJobQueueSnapshotRequest, Ctx.GetJobQueueSnapshotResponse, OperationSafety.Idempotent, cancellationToken);
}
