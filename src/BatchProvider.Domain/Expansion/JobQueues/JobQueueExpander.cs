using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Expansion.ComputeEnvironments;
using BatchProvider.Domain.Remediation;
using BatchProvider.Domain.Spec.JobQueues;

namespace BatchProvider.Domain.Expansion.JobQueues;

/// <summary>
/// Expands a job queue to its CreateJobQueue request. Compute environments and the scheduling policy are named by
/// their base names (or the ARN given); the planner resolves names to ARNs. Pure; never throws.
/// </summary>
public static class JobQueueExpander
{
    /// <summary>The desired job queue for <paramref name="spec"/>.</summary>
    public static DesiredJobQueue Expand(JobQueueSpec spec, ExpansionContext context)
    {
        var order = spec.ComputeEnvironments
            .Select((ce, i) => ce.IsArn
                ? new QueueComputeEnvironment(null, ce.Reference, ce.Order ?? i + 1)
                : new QueueComputeEnvironment(ce.Reference, null, ce.Order ?? i + 1))
            .ToImmutableArray();
        var request = new CreateJobQueueRequest
        {
            JobQueueName = ResourceNames.Base(context.StackName, spec.Id),
            State = spec.Enabled == false ? ComputeEnvironmentDefaults.Disabled : ComputeEnvironmentDefaults.Enabled,
            Priority = spec.Priority ?? JobQueueDefaults.Priority,
            SchedulingPolicyArn = spec.SchedulingPolicy is { } policy ? ResourceNames.Base(context.StackName, policy) : null,
            ComputeEnvironmentOrder = [.. order.Select(o => new ComputeEnvironmentOrder
            {
                Order = o.Order,
                ComputeEnvironment = o.ExternalArn ?? ResourceNames.Base(context.StackName, o.ComputeEnvironmentId!),
            })],
            JobStateTimeLimitActions = spec.TimeLimitActions.IsEmpty ? null : [.. spec.TimeLimitActions.Select(a => new JobStateTimeLimitAction
            {
                Reason = a.Reason,
                State = a.State ?? JobQueueDefaults.TimeLimitState,
                MaxTimeSeconds = a.AfterSeconds is { } after ? (int)Math.Min(after, int.MaxValue) : null,
                Action = a.Action ?? JobQueueDefaults.TimeLimitAction,
            })],
        };
        var stuck = spec.StuckJobs is { AfterSeconds: { } seconds, Action: { } action } s ? new StuckJobsPolicy(seconds, action, s.ResubmitTo) : null;
        // The policy travels as a tag: the remediation Lambda sees only the queues, never the template.
        var tags = ResourceTags.For(context, spec.Tags, spec.Id, ResourceTags.Families.JobQueue);
        request = request with { Tags = stuck is null ? tags : tags.SetItem(StuckJobsTag.Key, StuckJobsTag.Format(stuck)) };
        return new DesiredJobQueue(spec.Id, request.JobQueueName, request, order, spec.SchedulingPolicy, stuck);
    }
}
