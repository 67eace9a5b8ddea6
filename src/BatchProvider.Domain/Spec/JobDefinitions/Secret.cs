using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>A secret exposed to the container as environment variable <paramref name="Name"/>.</summary>
/// <param name="ValueFrom">A Secrets Manager secret ARN (optionally with <c>:json-key:version-stage:version-id</c>), an
/// SSM parameter ARN, or the name of an SSM parameter in the same Region.</param>
public sealed record Secret(PropertyPath Path, string? Name, string? ValueFrom);
