using BatchProvider.Domain.Collections;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>Linux-specific container settings. On Fargate only <see cref="InitProcessEnabled"/> applies.</summary>
/// <param name="InitProcessEnabled">Run an init process that reaps zombies. Default: false.</param>
/// <param name="SharedMemoryMiB">/dev/shm size (EC2 only).</param>
/// <param name="MaxSwapMiB">Swap the container may use (EC2 only); 0 disables swap.</param>
/// <param name="Swappiness">0 to 100; ignored without <see cref="MaxSwapMiB"/>. Default: 60.</param>
public sealed record LinuxParameters(PropertyPath Path, ValueList<Device> Devices, bool? InitProcessEnabled, long? SharedMemoryMiB,
    ValueList<Tmpfs> Tmpfs, long? MaxSwapMiB, long? Swappiness);

/// <summary>A host device mapped into the container (EC2 only).</summary>
/// <param name="Permissions">Any of READ, WRITE, MKNOD. Default: all three.</param>
public sealed record Device(PropertyPath Path, string? HostPath, string? ContainerPath, ValueList<string> Permissions);

/// <summary>A tmpfs mount (EC2 only).</summary>
/// <param name="SizeMiB">Required.</param>
/// <param name="ContainerPath">Required.</param>
public sealed record Tmpfs(PropertyPath Path, string? ContainerPath, long? SizeMiB, ValueList<string> MountOptions);
