using BatchProvider.Domain.Collections;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.ComputeEnvironments;

/// <summary>
/// A compute environment as written; one sealed record per Kind: <see cref="ManagedEc2ComputeEnvironmentSpec"/>,
/// <see cref="ManagedEksComputeEnvironmentSpec"/>, <see cref="FargateComputeEnvironmentSpec"/>,
/// <see cref="UnmanagedComputeEnvironmentSpec"/>. Properties left out are null and get their defaults in expansion.
/// </summary>
/// <param name="Id">The item's <c>Id</c>; the Batch name is <c>{Name}-{Id}</c>.</param>
/// <param name="Path">Where the item stands, e.g. <c>ComputeEnvironments[1]</c>.</param>
public abstract record ComputeEnvironmentSpec(string Id, PropertyPath Path) : ISpecItem
{
    /// <summary>The kind as written in <c>Kind</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>False creates the environment DISABLED. The default is true (ENABLED).</summary>
    public bool? Enabled { get; init; }

    /// <summary>The Batch service role (name or ARN). The default is the AWSServiceRoleForBatch service-linked role (managed kinds only).</summary>
    public string? ServiceRole { get; init; }

    /// <summary>Tags of the compute environment itself (not its instances). Default none.</summary>
    public ValueMap<string, string>? Tags { get; init; }

    /// <summary>Batch's free-form <c>context</c> string. Default none.</summary>
    public string? Context { get; init; }

    /// <summary>Properties this item inherited from <c>Defaults</c>, with the path they were written at.</summary>
    public ValueMap<string, PropertyPath> Inherited { get; init; } = ValueMap<string, PropertyPath>.Empty;

    /// <summary>Where <paramref name="property"/> was written: in <c>Defaults</c> when inherited, else on the item.</summary>
    public PropertyPath PathOf(string property) =>
        Inherited.TryGetValue(property, out var path) ? path : Path.Property(property);
}
