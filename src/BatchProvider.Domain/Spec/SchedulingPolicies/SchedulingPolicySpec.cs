using BatchProvider.Domain.Collections;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.SchedulingPolicies;

/// <summary>A fair-share scheduling policy as written.</summary>
/// <param name="Id">The item's <c>Id</c>; the Batch name is <c>{Name}-{Id}</c>.</param>
/// <param name="Path">Where the item stands, e.g. <c>SchedulingPolicies[0]</c>.</param>
public sealed record SchedulingPolicySpec(string Id, PropertyPath Path) : ISpecItem
{
    /// <summary>The window over which past usage counts (0..7 days, whole seconds). Default none (Batch's minimum window).</summary>
    public long? ShareDecaySeconds { get; init; }

    /// <summary>Percent of capacity held back for share identifiers not yet active (0..99). Default none (0).</summary>
    public int? ComputeReservation { get; init; }

    /// <summary>The weights of share identifiers (at most 500). Default none (all weights 1).</summary>
    public ValueList<ShareSpec> Shares { get; init; } = [];

    /// <summary>Tags of the policy. Default none.</summary>
    public ValueMap<string, string>? Tags { get; init; }
}
