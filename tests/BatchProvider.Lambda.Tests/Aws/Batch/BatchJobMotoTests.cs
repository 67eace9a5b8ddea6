using BatchProvider.Testing.Moto;
using BatchProvider.Lambda.Tests.Moto;

namespace BatchProvider.Lambda.Tests.Aws.Batch;

[Collection(MotoCollection.Name)]
public sealed class BatchJobMotoTests(MotoServer moto) : IAsyncLifetime
{
    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoFact]
    public async Task Job_SubmitListDescribeCancelTerminate_RoundTrips()
    {
        var batch = moto.CreateBatchClient();
        var ce = await batch.CreateComputeEnvironmentAsync(BatchFixtures.ManagedEc2(moto.Sandbox, "ce-j"));
        var queue = await batch.CreateJobQueueAsync(BatchFixtures.Queue("q-j", ce.ComputeEnvironmentArn!));
        var definition = await batch.RegisterJobDefinitionAsync(BatchFixtures.Container("jd-j"));

        var submitted = await batch.SubmitJobAsync(new() { JobName = "job-1", JobQueue = queue.JobQueueArn, JobDefinition = definition.JobDefinitionArn, Tags = new Dictionary<string, string> { ["t"] = "1" } });
        Assert.Equal("job-1", submitted.JobName);
        Assert.False(string.IsNullOrEmpty(submitted.JobId));

        var detail = Assert.Single((await batch.DescribeJobsAsync(new() { Jobs = [submitted.JobId!] })).Jobs!);
        Assert.Equal(("job-1", queue.JobQueueArn, definition.JobDefinitionArn), (detail.JobName, detail.JobQueue, detail.JobDefinition));
        // Moto without Docker (batch_simple) finishes a job as soon as it is submitted; on AWS it would pass through
        // SUBMITTED, PENDING, RUNNABLE, STARTING and RUNNING, where cancel and terminate take effect.
        Assert.Equal("SUCCEEDED", detail.Status);

        var listed = await batch.ListJobsAsync(new() { JobQueue = "q-j", JobStatus = "SUCCEEDED" }).ToListAsync();
        Assert.Equal(submitted.JobId, Assert.Single(listed).JobId);

        // Cancel and terminate of a finished job are accepted no-ops, on AWS as on moto.
        await batch.CancelJobAsync(new() { JobId = submitted.JobId, Reason = "test cancel" });
        await batch.TerminateJobAsync(new() { JobId = submitted.JobId, Reason = "test terminate" });
        var after = Assert.Single((await batch.DescribeJobsAsync(new() { Jobs = [submitted.JobId!] })).Jobs!);
        Assert.Equal("SUCCEEDED", after.Status);
    }
}
