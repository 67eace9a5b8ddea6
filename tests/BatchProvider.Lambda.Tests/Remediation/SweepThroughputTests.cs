using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;
using BatchProvider.Lambda.Remediation;
using BatchProvider.Lambda.Tests.Aws.Fakes;
using BatchProvider.Testing.Time;

namespace BatchProvider.Lambda.Tests.Remediation;

/// <summary>
/// The sweep's cost does not grow with lookups per job (issue 9, item 5): one DescribeJobQueues, one
/// DescribeComputeEnvironments per 100 CEs and one ListJobs and GetJobQueueSnapshot per queue, whatever the number
/// of jobs; DescribeJobs 100 ids a call; and the actions run in parallel, exactly as many at once as configured.
/// </summary>
public sealed class SweepThroughputTests
{
    private const string Stack = "tp";
    internal static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int, int, int> Sweeps => new()
    {
        // queues, jobs per queue, CEs per queue, concurrency
        { 1, 1, 1, 1 },
        { 1, 100, 1, 4 },
        { 2, 101, 3, 1 },
        { 3, 250, 2, 8 },
    };

    [Theory]
    [MemberData(nameof(Sweeps))]
    public async Task Sweep_LooksUpQueuesAndComputeEnvironmentsOnce_AndDescribesJobsAHundredAtATime(int queueCount, int jobsPerQueue, int cesPerQueue, int concurrency)
    {
        var batch = World(queueCount, jobsPerQueue, cesPerQueue, holdActions: 1);

        var outcomes = await Sweep(batch, concurrency);

        var jobs = queueCount * jobsPerQueue;
        Assert.Equal(jobs, outcomes.Count(o => o.Status == ActionStatus.Done));
        Assert.Equal(1, batch.Calls("DescribeJobQueues"));
        Assert.Equal(1, batch.Calls("DescribeComputeEnvironments"));
        Assert.Equal(queueCount, batch.Calls("ListJobs"));
        Assert.Equal(queueCount, batch.Calls("GetJobQueueSnapshot"));
        Assert.Equal(queueCount * (int)Math.Ceiling(jobsPerQueue / 100.0), batch.Calls("DescribeJobs"));
        Assert.All(batch.DescribeJobsBatches, size => Assert.InRange(size, 1, 100));
        Assert.Equal(jobs, batch.Calls("CancelJob"));
        // Everything but the one action per job is a fixed cost per sweep and queue.
        Assert.Equal(jobs + 2 + 2 * queueCount + batch.Calls("DescribeJobs"), batch.TotalCalls);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public async Task Sweep_ActsOnAsManyJobsAtOnceAsConfigured_AndNoMore(int concurrency)
    {
        // Each of the first `concurrency` actions waits until all of them are in flight together.
        var batch = World(queueCount: 2, jobsPerQueue: 40, cesPerQueue: 1, holdActions: concurrency);

        await Sweep(batch, concurrency);

        Assert.Equal(concurrency, batch.PeakActions);
        Assert.Equal(80, batch.Calls("CancelJob"));
    }

    private static async Task<IReadOnlyList<RemediationOutcome>> Sweep(RecordingJobsBatch batch, int concurrency) =>
        await StuckJobRemediation.Create(batch, new RecordingSqs(), new RemediationSettings(null, null, concurrency), new RecordingLogSink(),
            new ManualClock(Now), new RecordingMetrics()).RunSweepAsync(SweepOptions.Default, DateTimeOffset.MaxValue, CancellationToken.None);

    // Owned queues with a Cancel policy, each on its own CEs, holding RUNNABLE jobs created an hour before the sweep.
    internal static RecordingJobsBatch World(int queueCount, int jobsPerQueue, int cesPerQueue, int holdActions)
    {
        var ces = new List<ComputeEnvironmentDetail>();
        var queues = new List<JobQueueDetail>();
        var jobs = new List<JobDetail>();
        for (var q = 0; q < queueCount; q++)
        {
            var queueArn = QueueArn(q);
            var queueCes = Enumerable.Range(0, cesPerQueue).Select(c => Ce($"{Stack}-q{q}-ce{c}")).ToList();
            ces.AddRange(queueCes);
            var tags = new Dictionary<string, string>(OwnershipTags.For(Stack, $"q{q}", "JobQueue"))
            {
                [StuckJobsTag.Key] = StuckJobsTag.Format(new StuckJobsPolicy(600, StuckJobAction.Cancel, null)),
            };
            queues.Add(new JobQueueDetail
            {
                JobQueueName = $"{Stack}-q{q}", JobQueueArn = queueArn, State = "ENABLED", Status = "VALID", Priority = 1, Tags = tags,
                ComputeEnvironmentOrder = [.. queueCes.Select((ce, i) => new ComputeEnvironmentOrder { Order = i + 1, ComputeEnvironment = ce.ComputeEnvironmentArn })],
            });
            jobs.AddRange(Enumerable.Range(0, jobsPerQueue).Select(j => Job($"q{q}-j{j}", queueArn)));
        }
        return new RecordingJobsBatch(queues, ces, jobs, holdActions);
    }

    internal static string QueueArn(int q) => $"arn:aws:batch:us-east-1:123456789012:job-queue/{Stack}-q{q}";

    private static ComputeEnvironmentDetail Ce(string name) => new()
    {
        ComputeEnvironmentName = name,
        ComputeEnvironmentArn = $"arn:aws:batch:us-east-1:123456789012:compute-environment/{name}",
        Type = "MANAGED", State = "ENABLED", Status = "VALID",
        ComputeResources = new ComputeResource { Type = "EC2", MaxvCpus = 256, InstanceTypes = ["m6i.2xlarge"], InstanceRole = "arn:aws:iam::123456789012:instance-profile/ecsInstanceRole" },
    };

    private static JobDetail Job(string id, string queueArn) => new()
    {
        JobId = id, JobArn = $"arn:aws:batch:us-east-1:123456789012:job/{id}", JobName = id, JobQueue = queueArn, Status = "RUNNABLE",
        CreatedAt = (Now - TimeSpan.FromHours(1)).ToUnixTimeMilliseconds(),
        JobDefinition = "arn:aws:batch:us-east-1:123456789012:job-definition/jd:1",
        Container = new ContainerDetail { Image = "busybox", ResourceRequirements = [new() { Type = "VCPU", Value = "1" }, new() { Type = "MEMORY", Value = "2048" }] },
    };
}
