using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Validation.SchedulingPolicies;

/// <summary>Warns about a scheduling policy no queue uses.</summary>
public sealed class UnusedSchedulingPolicyRule : IStackRule
{
    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var policy in context.Spec.SchedulingPolicies)
        {
            if (context.Index.ReferencedSchedulingPolicies.Contains(policy.Id)) continue;
            diagnostics.Warning(policy.Path.Property("Id"), DiagnosticCodes.SpUnused,
                SchedulingPolicyMessages.Unused(policy.Id));
        }
    }
}
