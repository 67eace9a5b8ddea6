using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>A pod volume; one sealed record per volume kind.</summary>
public abstract record EksVolume(PropertyPath Path, string? Name);

/// <summary>A scratch directory that lives as long as the pod.</summary>
/// <param name="Medium">"" (node disk) or "Memory" (tmpfs). Default: node disk.</param>
/// <param name="SizeLimit">Kubernetes quantity such as "1Gi". Default: none.</param>
public sealed record EksEmptyDirVolume(PropertyPath Path, string? Name, string? Medium, string? SizeLimit) : EksVolume(Path, Name);

/// <summary>A path on the node.</summary>
public sealed record EksHostPathVolume(PropertyPath Path, string? Name, string? HostPath) : EksVolume(Path, Name);

/// <summary>A Kubernetes secret mounted as files.</summary>
/// <param name="Optional">Whether the pod starts when the secret is missing. Default: false.</param>
public sealed record EksSecretVolume(PropertyPath Path, string? Name, string? SecretName, bool? Optional) : EksVolume(Path, Name);
