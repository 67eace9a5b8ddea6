using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Batch;

namespace BatchProvider.Benchmarks.Reconcile;

/// <summary>
/// Runs one plan step the way a per-resource handler does: the same request our applier would send, but every wait
/// polls that one resource on its own with <see cref="FixedPolling"/>. Anything unexpected throws: a baseline that
/// fails must stop the benchmark, not skew it.
/// </summary>
public sealed class FixedPollingStepRunner(IBatchApi batch, TimeProvider time, FixedPolling polling) : IStepOperationVisitor<Task>
{
    public Task Visit(NoChange operation) => Task.CompletedTask;
    public Task Visit(CreateComputeEnvironment operation) => batch.CreateComputeEnvironmentAsync(operation.Request);
    public Task Visit(UpdateComputeEnvironment operation) => batch.UpdateComputeEnvironmentAsync(operation.Request);

    public async Task Visit(DeleteComputeEnvironment operation)
    {
        while (true)
        {
            try
            {
                await batch.DeleteComputeEnvironmentAsync(operation.Request);
                return;
            }
            catch (AwsServiceException e) when (operation.RetryWhileMessageContains.Any(m => e.ServiceMessage.Contains(m, StringComparison.OrdinalIgnoreCase)))
            {
                await Task.Delay(polling.Interval, time);
            }
        }
    }

    public Task Visit(WaitForComputeEnvironment operation) => Wait(operation.Until, async () =>
    {
        await foreach (var ce in batch.DescribeComputeEnvironmentsAsync(new DescribeComputeEnvironmentsRequest { ComputeEnvironments = [operation.ComputeEnvironment] }))
            return ce.Status;
        return null;
    });

    public Task Visit(CreateJobQueue operation) => batch.CreateJobQueueAsync(operation.Request);
    public Task Visit(UpdateJobQueue operation) => batch.UpdateJobQueueAsync(operation.Request);

    // No drain: a CloudFormation queue deletion (and a naive handler's) terminates whatever jobs the queue still holds.
    public Task Visit(DeleteJobQueue operation) => batch.DeleteJobQueueAsync(operation.Request);

    public Task Visit(WaitForJobQueue operation) => Wait(operation.Until, async () =>
    {
        await foreach (var q in batch.DescribeJobQueuesAsync(new DescribeJobQueuesRequest { JobQueues = [operation.JobQueue] }))
            return q.Status;
        return null;
    });

    public Task Visit(CreateSchedulingPolicy operation) => batch.CreateSchedulingPolicyAsync(operation.Request);
    public Task Visit(UpdateSchedulingPolicy operation) => batch.UpdateSchedulingPolicyAsync(operation.Request);
    public Task Visit(DeleteSchedulingPolicy operation) => batch.DeleteSchedulingPolicyAsync(operation.Request);
    public Task Visit(RegisterJobDefinition operation) => batch.RegisterJobDefinitionAsync(operation.Request);
    public Task Visit(DeregisterJobDefinition operation) => batch.DeregisterJobDefinitionAsync(operation.Request);
    public Task Visit(TagResource operation) => batch.TagResourceAsync(operation.Request);
    public Task Visit(UntagResource operation) => batch.UntagResourceAsync(operation.Request);

    private async Task Wait(WaitTarget until, Func<Task<string?>> status)
    {
        await Task.Delay(polling.FirstPoll, time);
        while (true)
        {
            var s = await status();
            var done = until switch
            {
                WaitTarget.Valid => s == "VALID" ? true : s is "INVALID" or null ? throw new InvalidOperationException($"wait for VALID saw {s ?? "no resource"}") : false,
                WaitTarget.Settled => s is null or "VALID" or "INVALID",
                WaitTarget.Gone => s is null or "DELETED",
                _ => throw new ArgumentOutOfRangeException(nameof(until)),
            };
            if (done) return;
            await Task.Delay(polling.Interval, time);
        }
    }
}
