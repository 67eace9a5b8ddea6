using BatchProvider.Testing.Moto;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Tests.Moto;

namespace BatchProvider.Lambda.Tests.Aws.Batch;

[Collection(MotoCollection.Name)]
public sealed class BatchJobQueueMotoTests(MotoServer moto) : IAsyncLifetime
{
    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoFact]
    public async Task JobQueue_CreateDescribeUpdateDelete_RoundTrips()
    {
        var batch = moto.CreateBatchClient();
        var ce = await batch.CreateComputeEnvironmentAsync(BatchFixtures.ManagedEc2(moto.Sandbox, "ce-q"));
        var policy = await batch.CreateSchedulingPolicyAsync(new() { Name = "fair", FairsharePolicy = new() { ShareDecaySeconds = 3600 } });

        var created = await batch.CreateJobQueueAsync(BatchFixtures.Queue("q-a", ce.ComputeEnvironmentArn!, new Dictionary<string, string> { ["team"] = "x" }) with { SchedulingPolicyArn = policy.Arn });
        Assert.Equal($"arn:aws:batch:us-east-1:{MotoServer.AccountId}:job-queue/q-a", created.JobQueueArn);

        var queue = await batch.DescribeJobQueuesAsync(new() { JobQueues = ["q-a"] }).SingleAsync();
        Assert.Equal(("ENABLED", "VALID", 1, policy.Arn), (queue.State, queue.Status, queue.Priority, queue.SchedulingPolicyArn));
        Assert.Equal(ce.ComputeEnvironmentArn, Assert.Single(queue.ComputeEnvironmentOrder!).ComputeEnvironment);
        Assert.Equal("x", queue.Tags?["team"]);

        await batch.UpdateJobQueueAsync(new() { JobQueue = "q-a", Priority = 7, State = "DISABLED" });
        var updated = await batch.DescribeJobQueuesAsync(new() { JobQueues = [created.JobQueueArn!] }).SingleAsync();
        Assert.Equal(("DISABLED", 7), (updated.State, updated.Priority));

        await batch.DeleteJobQueueAsync(new() { JobQueue = "q-a" });
        Assert.Empty(await batch.DescribeJobQueuesAsync(new() { JobQueues = ["q-a"] }).ToListAsync());
    }

    [MotoFact]
    public async Task SchedulingPolicy_CreateDescribeUpdateListDelete_RoundTrips()
    {
        var batch = moto.CreateBatchClient();
        var created = await batch.CreateSchedulingPolicyAsync(new()
        {
            Name = "sp-a",
            FairsharePolicy = new() { ShareDecaySeconds = 600, ComputeReservation = 10, ShareDistribution = [new() { ShareIdentifier = "blue", WeightFactor = 0.5f }] },
            Tags = new Dictionary<string, string> { ["owner"] = "me" },
        });

        var described = Assert.Single((await batch.DescribeSchedulingPoliciesAsync(new() { Arns = [created.Arn!] })).SchedulingPolicies!);
        Assert.Equal(("sp-a", 600, 10), (described.Name, described.FairsharePolicy?.ShareDecaySeconds, described.FairsharePolicy?.ComputeReservation));
        Assert.Equal("blue", Assert.Single(described.FairsharePolicy!.ShareDistribution!).ShareIdentifier);
        Assert.Equal("me", described.Tags?["owner"]);

        await batch.UpdateSchedulingPolicyAsync(new() { Arn = created.Arn, FairsharePolicy = new() { ShareDecaySeconds = 1200 } });
        var updated = Assert.Single((await batch.DescribeSchedulingPoliciesAsync(new() { Arns = [created.Arn!] })).SchedulingPolicies!);
        Assert.Equal(1200, updated.FairsharePolicy?.ShareDecaySeconds);

        Assert.Equal([created.Arn], await batch.ListSchedulingPoliciesAsync(new()).Select(p => p.Arn).ToListAsync());

        await batch.DeleteSchedulingPolicyAsync(new() { Arn = created.Arn });
        Assert.Empty(await batch.ListSchedulingPoliciesAsync(new()).ToListAsync());
    }
}
