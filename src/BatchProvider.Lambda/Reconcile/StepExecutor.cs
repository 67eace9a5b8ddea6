using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Batch;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>
/// Runs one step's operation literally: one visitor method per operation (no catch-all), exactly the request the plan
/// holds, and only the tolerances the operation itself states (<c>NotFoundIsDone</c>, <c>RetryWhileMessageContains</c>).
/// Mutating calls are never cancelled half-way: the stop token only ends waits and retry back-offs.
/// </summary>
internal sealed class StepExecutor(ApplyContext context, Step step) : IStepOperationVisitor<Task<StepResult>>
{
    private IBatchApi Batch => context.Batch;

    /// <summary>The statuses of jobs a queue deletion would terminate.</summary>
    private static readonly string[] UnfinishedJobStatuses = ["SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING"];

    public Task<StepResult> Visit(NoChange operation) => Task.FromResult(StepResult.Done);

    public Task<StepResult> Visit(CreateComputeEnvironment operation) =>
        Call(() => Batch.CreateComputeEnvironmentAsync(operation.Request, CancellationToken.None), notFoundIsDone: false);

    public Task<StepResult> Visit(UpdateComputeEnvironment operation) =>
        Call(() => Batch.UpdateComputeEnvironmentAsync(operation.Request, CancellationToken.None), operation.NotFoundIsDone);

    public async Task<StepResult> Visit(DeleteComputeEnvironment operation)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await Batch.DeleteComputeEnvironmentAsync(operation.Request, CancellationToken.None);
                return StepResult.Done;
            }
            catch (AwsServiceException e) when (e.IsNotFound)
            {
                return StepResult.Done;
            }
            catch (AwsServiceException e) when (operation.RetryWhileMessageContains.Any(m => e.ServiceMessage.Contains(m, StringComparison.OrdinalIgnoreCase)))
            {
                var delay = ApplyOptions.Backoff(context.Options.FirstRetryDelay, context.Options.MaxRetryDelay, attempt);
                context.Report(new StepRetrying(context.Now, step, StepError.From(e), delay));
                if (!await context.DelayAsync(delay)) return StepResult.Interrupted;
            }
            catch (AwsServiceException e)
            {
                return StepResult.Failed(StepError.From(e));
            }
        }
    }

    public Task<StepResult> Visit(WaitForComputeEnvironment operation) =>
        Wait(context.ComputeEnvironmentPoller, operation.ComputeEnvironment, operation.Until);

    public Task<StepResult> Visit(CreateJobQueue operation) =>
        Call(() => Batch.CreateJobQueueAsync(operation.Request, CancellationToken.None), notFoundIsDone: false);

    public Task<StepResult> Visit(UpdateJobQueue operation) =>
        Call(() => Batch.UpdateJobQueueAsync(operation.Request, CancellationToken.None), operation.NotFoundIsDone);

    public async Task<StepResult> Visit(DeleteJobQueue operation)
    {
        if (operation.DrainJobsFirst)
        {
            var drained = await DrainAsync(operation.Request.JobQueue!);
            if (drained != StepResult.Done) return drained;
        }
        return await Call(() => Batch.DeleteJobQueueAsync(operation.Request, CancellationToken.None), notFoundIsDone: true);
    }

    public Task<StepResult> Visit(WaitForJobQueue operation) =>
        Wait(context.JobQueuePoller, operation.JobQueue, operation.Until);

    public Task<StepResult> Visit(CreateSchedulingPolicy operation) =>
        Call(() => Batch.CreateSchedulingPolicyAsync(operation.Request, CancellationToken.None), notFoundIsDone: false);

    public Task<StepResult> Visit(UpdateSchedulingPolicy operation) =>
        Call(() => Batch.UpdateSchedulingPolicyAsync(operation.Request, CancellationToken.None), notFoundIsDone: false);

    public Task<StepResult> Visit(DeleteSchedulingPolicy operation) =>
        Call(() => Batch.DeleteSchedulingPolicyAsync(operation.Request, CancellationToken.None), notFoundIsDone: true);

    public Task<StepResult> Visit(RegisterJobDefinition operation) =>
        Call(() => Batch.RegisterJobDefinitionAsync(operation.Request, CancellationToken.None), notFoundIsDone: false);

    public async Task<StepResult> Visit(DeregisterJobDefinition operation)
    {
        try
        {
            await Batch.DeregisterJobDefinitionAsync(operation.Request, CancellationToken.None);
            return StepResult.Done;
        }
        catch (AwsServiceException e) when (e.IsNotFound || e.ServiceMessage.Contains("inactive", StringComparison.OrdinalIgnoreCase))
        {
            return StepResult.Done;
        }
        catch (AwsServiceException e)
        {
            return StepResult.Failed(StepError.From(e));
        }
    }

    public Task<StepResult> Visit(TagResource operation) =>
        Call(() => Batch.TagResourceAsync(operation.Request, CancellationToken.None), notFoundIsDone: false);

    public Task<StepResult> Visit(UntagResource operation) =>
        Call(() => Batch.UntagResourceAsync(operation.Request, CancellationToken.None), notFoundIsDone: false);

    private static async Task<StepResult> Call<T>(Func<Task<T>> call, bool notFoundIsDone)
    {
        try
        {
            await call();
            return StepResult.Done;
        }
        catch (AwsServiceException e) when (notFoundIsDone && e.IsNotFound)
        {
            return StepResult.Done;
        }
        catch (AwsServiceException e)
        {
            return StepResult.Failed(StepError.From(e));
        }
    }

    private Task<StepResult> Wait<TDetail>(StatusPoller<TDetail> poller, string name, WaitTarget until) =>
        poller.WaitAsync(name, until,
            (status, reason, next) => context.Report(new StepWaiting(context.Now, step, status, reason, next)), context.Stop);

    /// <summary>Waits until the queue has no unfinished jobs (deleting a queue terminates them).</summary>
    private async Task<StepResult> DrainAsync(string queue)
    {
        for (var attempt = 0; ; attempt++)
        {
            string? busy = null;
            try
            {
                foreach (var status in UnfinishedJobStatuses)
                {
                    await foreach (var _ in Batch.ListJobsAsync(new ListJobsRequest { JobQueue = queue, JobStatus = status, MaxResults = 1 }, CancellationToken.None))
                    {
                        busy = status;
                        break;
                    }
                    if (busy is not null) break;
                }
            }
            catch (AwsServiceException e) when (e.IsNotFound)
            {
                return StepResult.Done;
            }
            catch (AwsServiceException e) when (!ReconcileErrors.IsTransient(e))
            {
                return StepResult.Failed(StepError.From(e));
            }
            catch (AwsServiceException)
            {
                busy = "unknown (throttled)";
            }
            if (busy is null) return StepResult.Done;
            var delay = ApplyOptions.Backoff(context.Options.FirstPollDelay, context.Options.MaxPollDelay, attempt);
            context.Report(new StepWaiting(context.Now, step, $"draining: jobs {busy}", null, delay));
            if (!await context.DelayAsync(delay)) return StepResult.Interrupted;
        }
    }
}
