using BatchProvider.Testing.Moto;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Tests.Aws.Fakes;
using BatchProvider.Lambda.Tests.Moto;

namespace BatchProvider.Lambda.Tests.Aws.Batch;

/// <summary>Side effects stay exact when attempts fail: counted in moto after workloads run through injected faults.</summary>
[Collection(MotoCollection.Name)]
public sealed class BatchFaultWorkloadMotoTests(MotoServer moto) : IAsyncLifetime
{
    private static readonly IReadOnlyDictionary<string, string> Ours = new Dictionary<string, string> { ["batchprovider:stack"] = "s1", ["batchprovider:id"] = "x" };

    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoTheory]
    [InlineData(11)]
    [InlineData(2026)]
    public async Task Workload_Under30PercentThrottlingAnd5Percent5xx_CompletesWithExactSideEffects(int seed)
    {
        var time = new TestTimeProvider(TimeSpan.FromSeconds(25));
        var log = new RecordingLogSink();
        var faults = new FaultInjectingHandler(seed, time) { ThrottleRate = 0.30, ServerErrorRate = 0.05 };
        // 35% of attempts fail: with the default 3 attempts about 4% of calls would fail outright, so this workload
        // allows 8 (0.35^8 ≈ 0.02%); the quota is large enough not to be the limit here (RetryQuotaTests covers it).
        var batch = moto.CreateBatchClient(o => o with
        {
            Handler = faults,
            TimeProvider = time,
            Log = log,
            Random = new Random(seed).NextDouble,
            Retry = o.Retry with { MaxAttempts = 8, RetryQuotaCapacity = 5000, AttemptTimeout = TimeSpan.FromMinutes(10) },
        });

        // 200 calls: 10 CEs, 10 queues, 10 policies, 120 registrations (12 revisions of 10 definitions), 50 tag calls.
        var ces = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            ces.Add((await batch.CreateComputeEnvironmentAsync(BatchFixtures.ManagedEc2(moto.Sandbox, $"ce-{i}", Ours))).ComputeEnvironmentArn!);
            await batch.CreateJobQueueAsync(BatchFixtures.Queue($"q-{i}", ces[i], Ours));
            await batch.CreateSchedulingPolicyAsync(new() { Name = $"sp-{i}", FairsharePolicy = new() { ShareDecaySeconds = 60 }, Tags = Ours });
        }

        for (var revision = 0; revision < 12; revision++)
        {
            for (var d = 0; d < 10; d++)
            {
                await batch.RegisterJobDefinitionAsync(BatchFixtures.Container($"jd-{d}"));
            }
        }

        for (var t = 0; t < 50; t++)
        {
            await batch.TagResourceAsync(new() { ResourceArn = ces[t % 10], Tags = new Dictionary<string, string> { [$"tag-{t}"] = "v" } });
        }

        var clean = moto.CreateBatchClient();
        Assert.Equal(10, await clean.DescribeComputeEnvironmentsAsync(new()).CountAsync());
        Assert.Equal(10, await clean.DescribeJobQueuesAsync(new()).CountAsync());
        Assert.Equal(10, await clean.ListSchedulingPoliciesAsync(new()).CountAsync());
        var definitions = await clean.DescribeJobDefinitionsAsync(new() { Status = "ACTIVE" }).ToListAsync();
        Assert.All(definitions.GroupBy(d => d.JobDefinitionName), g => Assert.Equal(Enumerable.Range(1, 12), g.Select(d => d.Revision ?? 0).Order()));
        Assert.Equal(120, definitions.Count);
        var tags = (await clean.ListTagsForResourceAsync(new() { ResourceArn = ces[3] })).Tags!;
        Assert.Equal(2 + 5, tags.Count);

        // The faults did happen and were retried and logged.
        Assert.InRange(faults.Injected(Fault.Throttle), 60, 160);
        Assert.InRange(faults.Injected(Fault.ServerError) + faults.Injected(Fault.ServiceUnavailable), 5, 40);
        Assert.Equal(faults.Injected(Fault.Throttle) + faults.Injected(Fault.ServerError) + faults.Injected(Fault.ServiceUnavailable), log.Named("aws.retry").Count);
        // A registration retried after a 5xx (which may have acted) also reads the definition's revisions once.
        Assert.Equal(200, faults.Forwarded - faults.ForwardedTo(BatchOperations.DescribeJobDefinitions.RequestUri));
    }

    [MotoFact]
    public async Task CreateComputeEnvironment_WhenTheAnswerIsLost_RecognisesItsOwnEnvironment()
    {
        var faults = new FaultInjectingHandler(1) { Script = new([Fault.DropAfterSend]) };
        var batch = moto.CreateBatchClient(o => o with { Handler = faults });

        var created = await batch.CreateComputeEnvironmentAsync(BatchFixtures.ManagedEc2(moto.Sandbox, "ce-lost", Ours));

        Assert.Equal(($"arn:aws:batch:us-east-1:{MotoServer.AccountId}:compute-environment/ce-lost", 3), (created.ComputeEnvironmentArn, faults.Forwarded));
        Assert.Equal(1, await moto.CreateBatchClient().DescribeComputeEnvironmentsAsync(new()).CountAsync());
    }

    [MotoFact]
    public async Task CreateJobQueue_WhenSomeoneElsesQueueHasTheName_StillFails()
    {
        var plain = moto.CreateBatchClient();
        var ce = await plain.CreateComputeEnvironmentAsync(BatchFixtures.ManagedEc2(moto.Sandbox, "ce-x"));
        await plain.CreateJobQueueAsync(BatchFixtures.Queue("q-taken", ce.ComputeEnvironmentArn!, new Dictionary<string, string> { ["owner"] = "someone-else" }));
        var faults = new FaultInjectingHandler(1) { Script = new([Fault.ServerError]) };
        var batch = moto.CreateBatchClient(o => o with { Handler = faults });

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => batch.CreateJobQueueAsync(BatchFixtures.Queue("q-taken", ce.ComputeEnvironmentArn!, Ours)));

        Assert.True(error.IsAlreadyExists, error.Message);
    }

    [MotoFact]
    public async Task CreateSchedulingPolicy_WhenTheAnswerIsLost_RecognisesItsOwnPolicy()
    {
        var faults = new FaultInjectingHandler(1) { Script = new([Fault.DropAfterSend]) };
        var batch = moto.CreateBatchClient(o => o with { Handler = faults });

        var created = await batch.CreateSchedulingPolicyAsync(new() { Name = "sp-lost", FairsharePolicy = new() { ShareDecaySeconds = 60 }, Tags = Ours });

        Assert.Equal($"arn:aws:batch:us-east-1:{MotoServer.AccountId}:scheduling-policy/sp-lost", created.Arn);
        Assert.Equal(1, await moto.CreateBatchClient().ListSchedulingPoliciesAsync(new()).CountAsync());
    }

    public static TheoryData<string, bool, int, int[]> LostRegistrations => new()
    {
        // earlier revision, tagged request, answers lost, ACTIVE revisions afterwards
        { "none", true, 0, [1] },
        { "none", true, 1, [2] },
        { "none", true, 2, [3] },
        { "different", true, 1, [1, 3] },
        { "identical", true, 0, [1, 2] },
        // without tags nothing tells our lost revision from someone else's: it stays
        { "none", false, 1, [1, 2] },
    };

    [MotoTheory]
    [MemberData(nameof(LostRegistrations))]
    public async Task RegisterJobDefinition_WhenAnswersAreLost_DeregistersOnlyItsOwnIdenticalRevisions(string earlier, bool tagged, int lost, int[] expected)
    {
        var request = BatchFixtures.Container("jd-lost", tagged ? Ours : null);
        if (earlier != "none")
        {
            await moto.CreateBatchClient().RegisterJobDefinitionAsync(earlier == "identical" ? request : request with { ContainerProperties = request.ContainerProperties! with { Command = ["echo", "old"] } });
        }
        var faults = new FaultInjectingHandler(1) { Script = new(Enumerable.Repeat(Fault.DropAfterSend, lost)) };
        var log = new RecordingLogSink();
        var batch = moto.CreateBatchClient(o => o with { Handler = faults, Log = log });

        var registered = await batch.RegisterJobDefinitionAsync(request);

        var active = await moto.CreateBatchClient().DescribeJobDefinitionsAsync(new() { JobDefinitionName = "jd-lost", Status = "ACTIVE" }).ToListAsync();
        Assert.Equal(expected, active.Select(d => d.Revision ?? 0).Order());
        Assert.Equal(expected[^1], registered.Revision);
        Assert.Equal(tagged ? lost : 0, log.Named("batch.lost_registration_deregistered").Count);
    }

    [MotoTheory]
    // fault on the first attempt, whether SubmitJob then succeeds, jobs that exist afterwards
    [InlineData(Fault.Throttle, true, 1)]
    [InlineData(Fault.DropBeforeSend, true, 1)]
    [InlineData(Fault.ServerError, false, 0)]
    [InlineData(Fault.DropAfterSend, false, 1)] // the job exists, but the caller is told the outcome is unknown rather than submitting twice
    public async Task SubmitJob_IsNeverSubmittedTwice(Fault fault, bool succeeds, int jobs)
    {
        var plain = moto.CreateBatchClient();
        var ce = await plain.CreateComputeEnvironmentAsync(BatchFixtures.ManagedEc2(moto.Sandbox, "ce-s"));
        var queue = await plain.CreateJobQueueAsync(BatchFixtures.Queue("q-s", ce.ComputeEnvironmentArn!));
        var definition = await plain.RegisterJobDefinitionAsync(BatchFixtures.Container("jd-s"));
        var faults = new FaultInjectingHandler(1) { Script = new([fault]) };
        var batch = moto.CreateBatchClient(o => o with { Handler = faults });

        var error = await Record.ExceptionAsync(() => batch.SubmitJobAsync(new() { JobName = "once", JobQueue = queue.JobQueueArn, JobDefinition = definition.JobDefinitionArn }));

        Assert.Equal(succeeds, error is null);
        Assert.Equal(jobs, await plain.ListJobsAsync(new() { JobQueue = "q-s", JobStatus = "SUCCEEDED" }).CountAsync());
    }
}
