using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Testing.Simulation;

// The simulation models the control plane the reconciler drives; running jobs is out of its scope, and saying so
// loudly beats pretending. Since no job can be submitted, ListJobs truthfully answers that there are none (the
// applier asks before deleting a replaced queue).
public sealed partial class SimulatedBatch
{
    private static NotSupportedException NoJobs(string operation) => new($"SimulatedBatch does not simulate jobs ({operation})");

    /// <inheritdoc />
    public Task<GetJobQueueSnapshotResponse> GetJobQueueSnapshotAsync(GetJobQueueSnapshotRequest request, CancellationToken cancellationToken = default) => throw NoJobs("GetJobQueueSnapshot");

    /// <inheritdoc />
    public Task<SubmitJobResponse> SubmitJobAsync(SubmitJobRequest request, CancellationToken cancellationToken = default) => throw NoJobs("SubmitJob");

    /// <inheritdoc />
    public IAsyncEnumerable<JobSummary> ListJobsAsync(ListJobsRequest request, CancellationToken cancellationToken = default) =>
        Paged<JobSummary>("ListJobs", request, () => [], request.MaxResults, cancellationToken);

    /// <inheritdoc />
    public Task<DescribeJobsResponse> DescribeJobsAsync(DescribeJobsRequest request, CancellationToken cancellationToken = default) => throw NoJobs("DescribeJobs");

    /// <inheritdoc />
    public Task<CancelJobResponse> CancelJobAsync(CancelJobRequest request, CancellationToken cancellationToken = default) => throw NoJobs("CancelJob");

    /// <inheritdoc />
    public Task<TerminateJobResponse> TerminateJobAsync(TerminateJobRequest request, CancellationToken cancellationToken = default) => throw NoJobs("TerminateJob");
}
