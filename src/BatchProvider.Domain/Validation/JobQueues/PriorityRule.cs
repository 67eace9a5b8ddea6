using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobQueues;

namespace BatchProvider.Domain.Validation.JobQueues;

/// <summary>Priority is 0 to 1000 (higher wins when queues share a compute environment).</summary>
public sealed class PriorityRule : JobQueueRule
{
    /// <summary>The highest priority CloudFormation accepts.</summary>
    public const int MaxPriority = 1000;

    /// <inheritdoc />
    protected override void Check(JobQueueSpec spec, DesiredJobQueue desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (spec.Priority is < 0 or > MaxPriority)
            diagnostics.Error(spec.Path.Property("Priority"), DiagnosticCodes.JqPriority,
                $"Priority is {spec.Priority}; use a value from 0 to {MaxPriority} (higher wins when queues share a compute environment).");
    }
}
