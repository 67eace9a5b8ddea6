using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Parsing;
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
                "SchedulingPolicy must be written as the Id of a scheduling policy of this stack, not computed.");
            return;
        }
        var ids = context.Spec.SchedulingPolicies.Select(p => p.Id).ToList();
        if (ids.Contains(spec.SchedulingPolicy!)) return;
        diagnostics.Error(spec.Path.Property("SchedulingPolicy"), DiagnosticCodes.JqUnknownSchedulingPolicy,
            $"SchedulingPolicy is \"{spec.SchedulingPolicy}\", which is not a scheduling policy of this stack; use one of {(ids.Count > 0 ? string.Join(", ", ids) : "(none defined: add it to SchedulingPolicies)")}.{Suggestions.DidYouMean(spec.SchedulingPolicy!, ids)}");
    }
}
