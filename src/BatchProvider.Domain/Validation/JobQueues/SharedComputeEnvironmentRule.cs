using BatchProvider.Domain.Diagnostics;

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
        for (var i = 0; i < queues.Count; i++)
        {
            var (spec, desired) = queues[i];
            var owned = QueuePlatforms.Owned(context, spec).ToList();
            if (owned.Count > 0 && owned.All(o => o.Spec.Enabled == false) && spec.ComputeEnvironments.All(e => !e.IsArn))
                diagnostics.Warning(spec.Path.Property("ComputeEnvironments"), DiagnosticCodes.JqNoEnabledComputeEnvironment,
                    $"Every compute environment of queue {spec.Id} has Enabled: false, so its jobs stay RUNNABLE; enable one of them.");
            for (var j = 0; j < i; j++)
            {
                var (other, otherDesired) = queues[j];
                if (desired.Create.Priority != otherDesired.Create.Priority || spec.Id == other.Id) continue;
                var shared = desired.ComputeEnvironments.Select(c => c.ComputeEnvironmentId ?? c.ExternalArn)
                    .Intersect(otherDesired.ComputeEnvironments.Select(c => c.ComputeEnvironmentId ?? c.ExternalArn)).FirstOrDefault();
                if (shared is null) continue;
                diagnostics.Warning(spec.Path.Property("Priority"), DiagnosticCodes.JqEqualPriorityShared,
                    $"Priority is {desired.Create.Priority}, the same as queue {other.Id}, and both use compute environment {shared}; give one queue a higher Priority so Batch knows whose jobs go first.");
                break;
            }
        }
    }
}
