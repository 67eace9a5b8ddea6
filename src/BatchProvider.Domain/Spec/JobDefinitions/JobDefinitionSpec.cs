using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>A job definition as written; one sealed record per Kind (Container, MultiNode, Eks).</summary>
public abstract record JobDefinitionSpec(string Id, PropertyPath Path) : ISpecItem;
