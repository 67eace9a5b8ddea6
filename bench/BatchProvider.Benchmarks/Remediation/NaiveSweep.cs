using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Remediation;

namespace BatchProvider.Benchmarks.Remediation;

/// <summary>
/// The baseline: the sweep written one job at a time. For each owned queue it lists the RUNNABLE jobs, then for every
/// job describes that job alone, looks up its queue and the queue's compute environments, decides with the same
/// Domain function as the real sweep, and acts before moving to the next job.
/// </summary>
public static class NaiveSweep
{
    /// <summary>Runs the loop; returns how many jobs it acted on.</summary>
    /// <param name="batch">The client.</param>
    /// <param name="time">The clock the decisions use.</param>
    /// <param name="decideAfresh">
    /// Decide as if no one had acted on the job yet: moto keeps a cancelled held job RUNNABLE with the cancel reason as
    /// its statusReason, which the diagnosis reads as already remediated. The benchmark runs this loop after the real
    /// sweep on the same jobs, so it sets this to do the same work the sweep did.
    /// </param>
    /// <param name="cancellationToken">Cancels the loop.</param>
    public static async Task<int> RunAsync(IBatchApi batch, TimeProvider time, bool decideAfresh, CancellationToken cancellationToken)
    {
        var acted = 0;
        var owned = new List<OwnedQueue>();
        await foreach (var q in batch.DescribeJobQueuesAsync(new DescribeJobQueuesRequest(), cancellationToken))
            if (OwnedQueue.From(q) is { } queue) owned.Add(queue);
        foreach (var queue in owned)
        {
            var summaries = await batch.ListJobsAsync(new ListJobsRequest { JobQueue = queue.Arn, JobStatus = "RUNNABLE" }, cancellationToken).ToListAsync(cancellationToken);
            foreach (var summary in summaries)
            {
                if ((await batch.DescribeJobsAsync(new DescribeJobsRequest { Jobs = [summary.JobId!] }, cancellationToken)).Jobs?.FirstOrDefault() is not { } job) continue;
                var detail = await batch.DescribeJobQueuesAsync(new DescribeJobQueuesRequest { JobQueues = [job.JobQueue!] }, cancellationToken).FirstAsync(cancellationToken);
                var ceArns = (detail.ComputeEnvironmentOrder ?? []).Select(o => o.ComputeEnvironment!).ToList();
                var ces = await batch.DescribeComputeEnvironmentsAsync(new DescribeComputeEnvironmentsRequest { ComputeEnvironments = ceArns }, cancellationToken).ToListAsync(cancellationToken);
                if (OwnedQueue.From(detail) is not { } current) continue;
                var decision = StuckJobDiagnosis.Decide(decideAfresh ? job with { StatusReason = null } : job,
                    new QueueView(detail, [.. ces], current.Policy, null), null, time.GetUtcNow());
                switch (decision.Action)
                {
                    case StuckJobAction.Cancel:
                        await batch.CancelJobAsync(new CancelJobRequest { JobId = decision.JobId, Reason = decision.Reason() }, cancellationToken);
                        acted++;
                        break;
                    case StuckJobAction.Terminate:
                        await batch.TerminateJobAsync(new TerminateJobRequest { JobId = decision.JobId, Reason = decision.Reason() }, cancellationToken);
                        acted++;
                        break;
                    case null:
                        break;
                    default:
                        throw new NotSupportedException($"the baseline runs the benchmark's Cancel policy, not {decision.Action}");
                }
            }
        }
        return acted;
    }
}
