using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.SchedulingPolicies;

/// <summary>One share identifier and its weight; a lower weight gets more capacity.</summary>
/// <param name="Identifier">Up to 255 letters and digits, optionally ending with '*' for a prefix; required.</param>
/// <param name="Weight">0.0001..999.9999. The default is 1.</param>
/// <param name="Path">Where the entry stands.</param>
public sealed record ShareSpec(string? Identifier, double? Weight, PropertyPath Path);
