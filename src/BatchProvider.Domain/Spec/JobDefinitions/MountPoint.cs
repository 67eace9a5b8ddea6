using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>Where a volume appears in the container.</summary>
/// <param name="SourceVolume">The <see cref="Volume.Name"/> to mount. Required.</param>
/// <param name="ContainerPath">The path inside the container. Required.</param>
/// <param name="ReadOnly">Default: false.</param>
public sealed record MountPoint(PropertyPath Path, string? SourceVolume, string? ContainerPath, bool? ReadOnly);
