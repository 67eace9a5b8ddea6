using BatchProvider.Domain.BatchApi;
using JD = BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Expansion.JobDefinitions;

/// <summary>An Eks job definition's pod on the wire.</summary>
internal static class EksWire
{
    /// <summary>Batch's default (API EksPodProperties.hostNetwork), written out so that expand shows it.</summary>
    internal const bool DefaultHostNetwork = true;

    internal static EksPodProperties Pod(JD.EksJobDefinition e) => new()
    {
        ServiceAccountName = e.ServiceAccountName,
        HostNetwork = e.HostNetwork ?? DefaultHostNetwork,
        DnsPolicy = e.DnsPolicy,
        Containers = Wire.ListOrNull(e.Containers.Select(Container)),
        InitContainers = Wire.ListOrNull(e.InitContainers.Select(Container)),
        Volumes = Wire.ListOrNull(e.Volumes.Select(Volume)),
        Metadata = e.Metadata is { } m ? new EksMetadata
        {
            Labels = Wire.MapOrNull(m.Labels),
            Annotations = Wire.MapOrNull(m.Annotations),
            Namespace = m.Namespace,
        } : null,
    };

    private static EksContainer Container(JD.EksContainer c) => new()
    {
        Name = c.Name,
        Image = c.Image,
        ImagePullPolicy = c.ImagePullPolicy,
        Command = c.Command?.Items,
        Args = c.Args?.Items,
        Env = Wire.ListOrNull(c.Env.Select(e => new EksContainerEnvironmentVariable { Name = e.Key, Value = e.Value })),
        Resources = c.Resources is { } r ? new EksContainerResourceRequirements { Limits = Wire.MapOrNull(r.Limits), Requests = Wire.MapOrNull(r.Requests) } : null,
        SecurityContext = c.SecurityContext is { } s ? new EksContainerSecurityContext
        {
            RunAsUser = s.RunAsUser,
            RunAsGroup = s.RunAsGroup,
            Privileged = s.Privileged,
            ReadOnlyRootFilesystem = s.ReadOnlyRootFilesystem,
            RunAsNonRoot = s.RunAsNonRoot,
            AllowPrivilegeEscalation = s.AllowPrivilegeEscalation,
        } : null,
        VolumeMounts = Wire.ListOrNull(c.VolumeMounts.Select(v => new EksContainerVolumeMount { Name = v.Name, MountPath = v.MountPath, SubPath = v.SubPath, ReadOnly = v.ReadOnly })),
    };

    private static EksVolume Volume(JD.EksVolume v) => v switch
    {
        JD.EksEmptyDirVolume d => new EksVolume { Name = d.Name, EmptyDir = new EksEmptyDir { Medium = d.Medium, SizeLimit = d.SizeLimit } },
        JD.EksHostPathVolume h => new EksVolume { Name = h.Name, HostPath = new EksHostPath { Path = h.HostPath } },
        JD.EksSecretVolume s => new EksVolume { Name = s.Name, Secret = new EksSecret { SecretName = s.SecretName, Optional = s.Optional } },
        _ => throw new ArgumentOutOfRangeException(nameof(v), v.GetType().Name, "unknown EKS volume kind"),
    };
}
