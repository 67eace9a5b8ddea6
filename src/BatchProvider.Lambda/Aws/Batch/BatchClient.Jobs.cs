using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Resilience;

namespace BatchProvider.Lambda.Aws.Batch;

public sealed partial class BatchClient
{
    /// <inheritdoc />
    /// <remarks>NOT idempotent, and Batch's SubmitJob takes no client token: a retry after the request may have
    /// reached the service could run the job twice. It is therefore retried only when the service provably did not
    /// act (a throttling answer) or the connection failed before sending; a 5xx, a timeout or a connection broken
    /// after sending surfaces to the caller, who can look for the job by name before submitting again.</remarks>
    public Task<SubmitJobResponse> SubmitJobAsync(SubmitJobRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.SubmitJob, request, Ctx.SubmitJobRequest, Ctx.SubmitJobResponse, OperationSafety.NotIdempotent, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<JobSummary> ListJobsAsync(ListJobsRequest request, CancellationToken cancellationToken = default) =>
        PagesAsync(BatchOperations.ListJobs, request, Ctx.ListJobsRequest, Ctx.ListJobsResponse,
            (r, token) => r with { NextToken = token }, page => page.JobSummaryList, page => page.NextToken, cancellationToken);

    /// <inheritdoc />
    public Task<DescribeJobsResponse> DescribeJobsAsync(DescribeJobsRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.DescribeJobs, request, Ctx.DescribeJobsRequest, Ctx.DescribeJobsResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Idempotent: cancelling a cancelled job is a no-op.</remarks>
    public Task<CancelJobResponse> CancelJobAsync(CancelJobRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.CancelJob, request, Ctx.CancelJobRequest, Ctx.CancelJobResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Idempotent: terminating a finished job is a no-op.</remarks>
    public Task<TerminateJobResponse> TerminateJobAsync(TerminateJobRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.TerminateJob, request, Ctx.TerminateJobRequest, Ctx.TerminateJobResponse, OperationSafety.Idempotent, cancellationToken);
}
