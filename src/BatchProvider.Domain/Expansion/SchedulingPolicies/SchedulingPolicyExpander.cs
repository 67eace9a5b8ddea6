using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Spec.SchedulingPolicies;

namespace BatchProvider.Domain.Expansion.SchedulingPolicies;

/// <summary>Expands a scheduling policy to its CreateSchedulingPolicy request (a fair-share policy). Pure; never throws.</summary>
public static class SchedulingPolicyExpander
{
    /// <summary>The desired scheduling policy for <paramref name="spec"/>.</summary>
    public static DesiredSchedulingPolicy Expand(SchedulingPolicySpec spec, ExpansionContext context)
    {
        var name = ResourceNames.Base(context.StackName, spec.Id);
        return new DesiredSchedulingPolicy(spec.Id, name, new CreateSchedulingPolicyRequest
        {
            Name = name,
            FairsharePolicy = new FairsharePolicy
            {
                ShareDecaySeconds = spec.ShareDecaySeconds is { } decay ? (int)Math.Min(decay, int.MaxValue) : null,
                ComputeReservation = spec.ComputeReservation,
                ShareDistribution = spec.Shares.IsEmpty ? null : [.. spec.Shares.Select(s => new ShareAttributes { ShareIdentifier = s.Identifier, WeightFactor = s.Weight })],
            },
            Tags = ResourceTags.For(context, spec.Tags, spec.Id, ResourceTags.Families.SchedulingPolicy),
        });
    }
}
