using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobQueues;

namespace BatchProvider.Domain.Validation.JobQueues;

/// <summary>A queue's SchedulingPolicy names a policy of this stack.</summary>
public sealed class SchedulingPolicyReferenceRule : JobQueueRule
{
    /// <inheritdoc />
    protected override void Check(JobQueueSpec spec, DesiredJobQueue desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (spec.SchedulingPolicy is null) return;
        if (!RuleContext.Known(spec.SchedulingPolicy))
        {
            diagnostics.Error(spec.Path.Property("SchedulingPolicy"), DiagnosticCodes.JqUnknownSchedulingPolicy,
                JobQueueMessages.SchedulingPolicyComputed);
            return;
        }
        var policies = context.Index.SchedulingPolicyIds;
        if (policies.Set.Contains(spec.SchedulingPolicy!)) return;
        diagnostics.Error(spec.Path.Property("SchedulingPolicy"), DiagnosticCodes.JqUnknownSchedulingPolicy,
            JobQueueMessages.UnknownSchedulingPolicy(spec.SchedulingPolicy!, policies.Ids));
    }
}
