using BatchProvider.Domain.Collections;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>A container of an EKS pod.</summary>
/// <param name="Name">Unique within the pod. Default: Batch names a single container <c>Default</c>.</param>
/// <param name="Image">Required.</param>
/// <param name="Env">Environment; names may not start with AWS_BATCH.</param>
/// <param name="Resources">Kubernetes limits and requests (cpu, memory, nvidia.com/gpu).</param>
public sealed record EksContainer(
    PropertyPath Path,
    string? Name,
    string? Image,
    string? ImagePullPolicy,
    ValueList<string>? Command,
    ValueList<string>? Args,
    ValueMap<string, string> Env,
    EksResources? Resources,
    EksSecurityContext? SecurityContext,
    ValueList<EksVolumeMount> VolumeMounts);

/// <summary>Kubernetes resource limits and requests, values as Kubernetes writes them ("1", "500m", "2048Mi").</summary>
public sealed record EksResources(PropertyPath Path, ValueMap<string, string> Limits, ValueMap<string, string> Requests)
{
    /// <summary>The resource names Batch reads.</summary>
    public const string Cpu = "cpu", Memory = "memory", Gpu = "nvidia.com/gpu";
}

/// <summary>A container's Kubernetes security context.</summary>
public sealed record EksSecurityContext(long? RunAsUser, long? RunAsGroup, bool? Privileged, bool? ReadOnlyRootFilesystem,
    bool? RunAsNonRoot, bool? AllowPrivilegeEscalation);

/// <summary>Where a pod volume appears in a container.</summary>
public sealed record EksVolumeMount(PropertyPath Path, string? Name, string? MountPath, string? SubPath, bool? ReadOnly);
