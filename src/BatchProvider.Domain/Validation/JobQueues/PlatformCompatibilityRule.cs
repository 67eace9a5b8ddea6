using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobQueues;

namespace BatchProvider.Domain.Validation.JobQueues;

/// <summary>
/// The compute environments of one queue share a platform (all ECS on EC2, all EKS, or all Fargate) and a CPU
/// architecture: Batch rejects the queue otherwise.
/// </summary>
public sealed class PlatformCompatibilityRule : JobQueueRule
{
    /// <inheritdoc />
    protected override void Check(JobQueueSpec spec, DesiredJobQueue desired, RuleContext context, DiagnosticBag diagnostics)
    {
        var owned = QueuePlatforms.Owned(context, spec).ToList();
        if (owned.Count < 2) return;
        var first = owned[0];
        var firstPlatform = QueuePlatforms.PlatformOf(first.Spec);
        var mixed = owned.FirstOrDefault(o => QueuePlatforms.PlatformOf(o.Spec) != firstPlatform);
        if (mixed.Spec is not null)
        {
            diagnostics.Error(mixed.Entry.ReferencePath, DiagnosticCodes.JqMixedPlatforms,
                $"ComputeEnvironments mixes {mixed.Spec.Id} ({QueuePlatforms.PlatformOf(mixed.Spec)}) with {first.Spec.Id} ({firstPlatform}); a queue's compute environments must all be ECS on EC2, all EKS or all Fargate; use separate queues.");
            return;
        }
        var firstArchs = QueuePlatforms.ArchitecturesOf(context, first.Spec);
        foreach (var other in owned.Skip(1))
        {
            var archs = QueuePlatforms.ArchitecturesOf(context, other.Spec);
            if (firstArchs.Count == 1 && archs.Count == 1 && !firstArchs.SetEquals(archs))
            {
                diagnostics.Error(other.Entry.ReferencePath, DiagnosticCodes.JqMixedArchitectures,
                    $"ComputeEnvironments mixes {other.Spec.Id} ({archs.Single()}) with {first.Spec.Id} ({firstArchs.Single()}); a queue's compute environments must share one CPU architecture; use separate queues.");
                return;
            }
        }
    }
}
