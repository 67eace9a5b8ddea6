using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Tests.Aws.Batch;
using BatchProvider.Lambda.Tests.Moto;
using BatchProvider.Testing.Moto;

namespace BatchProvider.Lambda.Tests.Remediation;

/// <summary>
/// One CE, owned queues carrying stuck-jobs policies (the tags the expander writes), and a job definition, created
/// straight through the client in a moto reset with held jobs; plus jobs submitted and held in RUNNABLE.
/// </summary>
public sealed class RemediationMotoStack(MotoServer moto, BatchClient batch)
{
    public const string Stack = "rs";

    public string ComputeEnvironmentArn { get; private set; } = "";

    public string JobDefinitionArn { get; private set; } = "";

    public static async Task<RemediationMotoStack> CreateAsync(MotoServer moto)
    {
        await moto.ResetHoldingJobsAsync();
        var batch = moto.CreateBatchClient();
        var stack = new RemediationMotoStack(moto, batch);
        stack.ComputeEnvironmentArn = (await batch.CreateComputeEnvironmentAsync(BatchFixtures.ManagedEc2(moto.Sandbox, "rs-ce"))).ComputeEnvironmentArn!;
        stack.JobDefinitionArn = (await batch.RegisterJobDefinitionAsync(BatchFixtures.Container("rs-jd"))).JobDefinitionArn!;
        return stack;
    }

    public BatchClient Batch => batch;

    /// <summary>An owned queue <c>rs-{id}</c> with <paramref name="policy"/> (null: owned, no policy).</summary>
    public async Task<string> OwnedQueueAsync(string id, StuckJobsPolicy? policy)
    {
        var tags = new Dictionary<string, string>(OwnershipTags.For(Stack, id, "JobQueue"));
        if (policy is not null) tags[StuckJobsTag.Key] = StuckJobsTag.Format(policy);
        return (await batch.CreateJobQueueAsync(BatchFixtures.Queue($"{Stack}-{id}", ComputeEnvironmentArn, tags))).JobQueueArn!;
    }

    /// <summary>A queue nobody owns, with a policy-looking tag all the same.</summary>
    public async Task<string> ForeignQueueAsync(string name) =>
        (await batch.CreateJobQueueAsync(BatchFixtures.Queue(name, ComputeEnvironmentArn, new Dictionary<string, string> { [StuckJobsTag.Key] = "after=1;action=Cancel" }))).JobQueueArn!;

    /// <summary>Submits the given number of jobs to each queue and holds them in RUNNABLE.</summary>
    public Task<IReadOnlyList<string>> RunnableJobsAsync(IEnumerable<(string Queue, int Count)> perQueue) =>
        new MotoJobHold(moto.Endpoint, TimeProvider.System).SubmitRunnableAsync(batch,
            perQueue.SelectMany(q => Enumerable.Range(0, q.Count).Select(i => new SubmitJobRequest
            {
                JobName = $"job-{i}", JobQueue = q.Queue, JobDefinition = JobDefinitionArn,
                Parameters = new Dictionary<string, string> { ["p"] = "1" },
                Tags = new Dictionary<string, string> { ["team"] = "t" },
                ContainerOverrides = new ContainerOverrides { Command = ["echo", $"{i}"] },
            })));

    public async Task<JobDetail> DescribeAsync(string jobId) => Assert.Single((await batch.DescribeJobsAsync(new() { Jobs = [jobId] })).Jobs!);
}
