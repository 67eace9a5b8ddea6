using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.SchedulingPolicies;

/// <summary>A fair-share scheduling policy as written.</summary>
public sealed record SchedulingPolicySpec(string Id, PropertyPath Path) : ISpecItem;
