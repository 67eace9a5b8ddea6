using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Planning;

namespace BatchProvider.Domain.Observed;

/// <summary>
/// What Batch reports now about the resources one BatchStack owns (the <c>batchprovider:stack</c> tag equals the
/// stack name), plus <see cref="Foreign"/> name collisions. Build it with <see cref="From"/> from unfiltered Describe*
/// results; the planner plans against it and nothing else.
/// </summary>
/// <param name="StackName">The stack whose resources these are.</param>
/// <param name="ComputeEnvironments">Owned CEs in any status except DELETED.</param>
/// <param name="JobQueues">Owned queues in any status except DELETED.</param>
/// <param name="SchedulingPolicies">Owned scheduling policies.</param>
/// <param name="JobDefinitions">Every ACTIVE revision of every owned job definition.</param>
/// <param name="Foreign">Resources named like ours that we do not own.</param>
public sealed record ObservedState(
    string StackName,
    ImmutableArray<ObservedResource<ComputeEnvironmentDetail>> ComputeEnvironments,
    ImmutableArray<ObservedResource<JobQueueDetail>> JobQueues,
    ImmutableArray<ObservedResource<SchedulingPolicyDetail>> SchedulingPolicies,
    ImmutableArray<ObservedResource<JobDefinition>> JobDefinitions,
    ImmutableArray<ForeignResource> Foreign)
{
    /// <summary>An account with nothing of this stack in it.</summary>
    public static ObservedState Empty(string stackName) => new(stackName, [], [], [], [], []);

    /// <summary>How many resources the stack owns (every ACTIVE job-definition revision counted); 0 when it owns none.</summary>
    public int OwnedCount => ComputeEnvironments.Length + JobQueues.Length + SchedulingPolicies.Length + JobDefinitions.Length;

    /// <summary>
    /// Keeps what <paramref name="stackName"/> owns and records as foreign every other resource whose name is a base
    /// name of <paramref name="desired"/> (or a generation of one). Pass everything Describe* returned: all compute
    /// environments and queues, the scheduling policies whose names start with <c>{stack}-</c> (with tags), and every
    /// job definition DescribeJobDefinitions(status ACTIVE) returns; DELETED and non-ACTIVE entries are dropped here.
    /// Pure: the observer calls it after its Describe* calls.
    /// </summary>
    /// <param name="stackName">The stack name (value of the ownership tag).</param>
    /// <param name="desired">The desired state, for the names that must not collide; null when destroying.</param>
    public static ObservedState From(
        string stackName,
        DesiredState? desired,
        IEnumerable<ComputeEnvironmentDetail> computeEnvironments,
        IEnumerable<JobQueueDetail> jobQueues,
        IEnumerable<SchedulingPolicyDetail> schedulingPolicies,
        IEnumerable<JobDefinition> jobDefinitions)
    {
        var foreign = ImmutableArray.CreateBuilder<ForeignResource>();
        var ces = Sort(stackName, ResourceFamily.ComputeEnvironment,
            computeEnvironments.Where(d => d.Status != "DELETED"),
            d => d.ComputeEnvironmentName ?? "", d => d.ComputeEnvironmentArn ?? "", d => d.Tags,
            desired?.ComputeEnvironments.Select(c => c.Name), foreign);
        var queues = Sort(stackName, ResourceFamily.JobQueue,
            jobQueues.Where(d => d.Status != "DELETED"),
            d => d.JobQueueName ?? "", d => d.JobQueueArn ?? "", d => d.Tags,
            desired?.JobQueues.Select(q => q.Name), foreign);
        var policies = Sort(stackName, ResourceFamily.SchedulingPolicy,
            schedulingPolicies,
            d => d.Name ?? "", d => d.Arn ?? "", d => d.Tags,
            desired?.SchedulingPolicies.Select(p => p.Name), foreign);
        var definitions = Sort(stackName, ResourceFamily.JobDefinition,
            jobDefinitions.Where(d => d.Status == "ACTIVE"),
            d => d.JobDefinitionName ?? "", d => d.JobDefinitionArn ?? "", d => d.Tags,
            desired?.JobDefinitions.Select(j => j.Name), foreign);
        return new ObservedState(stackName, ces, queues, policies, definitions, foreign.ToImmutable());
    }

    private static ImmutableArray<ObservedResource<T>> Sort<T>(
        string stackName,
        ResourceFamily family,
        IEnumerable<T> details,
        Func<T, string> name,
        Func<T, string> arn,
        Func<T, IReadOnlyDictionary<string, string>?> tags,
        IEnumerable<string>? baseNames,
        ImmutableArray<ForeignResource>.Builder foreign)
    {
        var bases = baseNames?.ToImmutableHashSet(StringComparer.Ordinal) ?? [];
        var owned = ImmutableArray.CreateBuilder<ObservedResource<T>>();
        foreach (var detail in details)
        {
            var t = tags(detail);
            if (OwnershipTags.IsOwnedBy(t, stackName))
            {
                var id = t!.TryGetValue(OwnershipTags.LogicalId, out var logicalId) ? logicalId : name(detail);
                owned.Add(new ObservedResource<T>(id, name(detail), arn(detail), detail));
            }
            else if (bases.Any(b => ResourceNames.GenerationOf(name(detail), b) is not null)
                     && !foreign.Any(f => f.Family == family && f.Name == name(detail)))
            {
                var owner = t is not null && t.TryGetValue(OwnershipTags.Stack, out var s) ? s : null;
                foreign.Add(new ForeignResource(family, name(detail), arn(detail), owner));
            }
        }
        return owned.ToImmutable();
    }
}
