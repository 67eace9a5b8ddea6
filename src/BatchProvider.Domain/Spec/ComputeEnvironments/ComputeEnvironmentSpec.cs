using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.ComputeEnvironments;

/// <summary>A compute environment as written; one sealed record per Kind (ManagedEc2, ManagedEks, Fargate, Unmanaged).</summary>
public abstract record ComputeEnvironmentSpec(string Id, PropertyPath Path) : ISpecItem;
