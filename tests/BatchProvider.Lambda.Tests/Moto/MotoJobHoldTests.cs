using BatchProvider.Lambda.Tests.Aws.Batch;
using BatchProvider.Testing.Moto;

namespace BatchProvider.Lambda.Tests.Moto;

[Collection(MotoCollection.Name)]
public sealed class MotoJobHoldTests(MotoServer moto)
{
    [MotoFact]
    public async Task SubmitRunnable_HoldsEveryJobInRunnable_AndTheyStayThere()
    {
        await moto.ResetHoldingJobsAsync();
        var batch = moto.CreateBatchClient();
        var ce = await batch.CreateComputeEnvironmentAsync(BatchFixtures.ManagedEc2(moto.Sandbox, "hold-ce"));
        var queue = await batch.CreateJobQueueAsync(BatchFixtures.Queue("hold-q", ce.ComputeEnvironmentArn!));
        var definition = await batch.RegisterJobDefinitionAsync(BatchFixtures.Container("hold-jd"));

        var ids = await new MotoJobHold(moto.Endpoint, TimeProvider.System).SubmitRunnableAsync(batch,
            Enumerable.Range(0, 5).Select(i => new Domain.BatchApi.SubmitJobRequest { JobName = $"h{i}", JobQueue = queue.JobQueueArn, JobDefinition = definition.JobDefinitionArn }));

        Assert.Equal(5, ids.Count);
        Assert.All(await MotoJobHold.StatusesAsync(batch, ids), s => Assert.Equal("RUNNABLE", s));
        var listed = await batch.ListJobsAsync(new() { JobQueue = queue.JobQueueArn, JobStatus = "RUNNABLE" }).ToListAsync();
        Assert.Equal(ids.Order(), listed.Select(j => j.JobId!).Order());
        Assert.Contains("100000", await moto.GetTransitionAsync("batch::job"));
    }
}
