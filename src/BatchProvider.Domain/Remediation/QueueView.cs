using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;

namespace BatchProvider.Domain.Remediation;

/// <summary>
/// One owned queue as a sweep sees it: the queue, its compute environments in order, its policy (from
/// <see cref="StuckJobsTag"/>), and the head of the queue when GetJobQueueSnapshot answered (null otherwise: the
/// diagnosis then decides without head-of-queue data).
/// </summary>
/// <param name="Queue">DescribeJobQueues' detail.</param>
/// <param name="ComputeEnvironments">DescribeComputeEnvironments' details of the queue's computeEnvironmentOrder; a CE that could not be described is left out.</param>
/// <param name="Policy">The queue's stuck-jobs policy.</param>
/// <param name="Head">The head of the queue, or null when unknown.</param>
public sealed record QueueView(JobQueueDetail Queue, ImmutableArray<ComputeEnvironmentDetail> ComputeEnvironments, StuckJobsPolicy Policy, QueueHead? Head);
