using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;

namespace BatchProvider.Domain.Validation.JobQueues;

/// <summary>
/// Warns when two queues share a compute environment at the same Priority: Batch then has no rule for which queue's
/// jobs go first. Also warns about a queue whose compute environments of this stack are all disabled.
/// </summary>
public sealed class SharedComputeEnvironmentRule : IStackRule
{
    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        var queues = context.JobQueues.ToList();
        foreach (var (spec, _) in queues)
        {
            var owned = QueuePlatforms.Owned(context, spec).ToList();
            if (owned.Count > 0 && owned.All(o => o.Spec.Enabled == false) && spec.ComputeEnvironments.All(e => !e.IsArn))
                diagnostics.Warning(spec.Path.Property("ComputeEnvironments"), DiagnosticCodes.JqNoEnabledComputeEnvironment,
                    JobQueueMessages.NoEnabledComputeEnvironment(spec.Id));
        }

        // A Priority that was written but could not be read (10.5, an unresolved Ref) is not the default 1 that
        // expansion put in its place: comparing it would warn about a value the user never wrote.
        var ranked = queues.Where(q => q.Spec.Priority is not null || context.NodeAt(q.Spec.Path.Property("Priority")) is null or NullNode).ToList();
        var sharers = Sharers(ranked);
        for (var i = 0; i < ranked.Count; i++)
        {
            var (spec, desired) = ranked[i];

            // The warning names the earliest other queue that shares any of this queue's compute environments.
            var earliest = int.MaxValue;
            foreach (var key in Keys(desired))
            {
                var group = sharers[(desired.Create.Priority, key)];
                var candidate = ranked[group.First].Spec.Id != spec.Id ? group.First : group.FirstOtherId;
                if (candidate < i) earliest = Math.Min(earliest, candidate.Value);
            }
            if (earliest == int.MaxValue) continue;
            var (other, otherDesired) = ranked[earliest];
            var shared = Keys(desired).Intersect(Keys(otherDesired)).First();
            diagnostics.Warning(spec.Path.Property("Priority"), DiagnosticCodes.JqEqualPriorityShared,
                JobQueueMessages.EqualPriorityShared(desired.Create.Priority, other.Id, shared));
        }
    }

    /// <summary>The queues (by position) that use one compute environment at one priority.</summary>
    /// <param name="First">The first such queue.</param>
    /// <param name="FirstOtherId">The first such queue whose Id differs from <paramref name="First"/>'s, or null.</param>
    private sealed record Group(int First, int? FirstOtherId);

    // Grouping by (Priority, compute environment) instead of comparing every pair of queues keeps the rule linear.
    private static Dictionary<(int? Priority, string ComputeEnvironment), Group> Sharers(
        List<(Spec.JobQueues.JobQueueSpec Spec, DesiredJobQueue Desired)> queues)
    {
        var groups = new Dictionary<(int?, string), Group>();
        for (var i = 0; i < queues.Count; i++)
        {
            var (spec, desired) = queues[i];
            foreach (var key in Keys(desired))
            {
                if (!groups.TryGetValue((desired.Create.Priority, key), out var group))
                    groups[(desired.Create.Priority, key)] = new Group(i, null);
                else if (group.FirstOtherId is null && queues[group.First].Spec.Id != spec.Id)
                    groups[(desired.Create.Priority, key)] = group with { FirstOtherId = i };
            }
        }
        return groups;
    }

    private static IEnumerable<string> Keys(DesiredJobQueue queue) =>
        queue.ComputeEnvironments.Select(c => c.ComputeEnvironmentId ?? c.ExternalArn!).Distinct();
}
