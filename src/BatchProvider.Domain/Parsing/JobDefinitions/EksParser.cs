using BatchProvider.Domain.Spec.JobDefinitions;
using BatchProvider.Domain.Validation.JobDefinitions;

namespace BatchProvider.Domain.Parsing.JobDefinitions;

/// <summary>Reads the pod of an Eks job definition.</summary>
internal static class EksParser
{
    internal static EksJobDefinition Read(ObjectReader r, string id) => new(id, r.Path)
    {
        ServiceAccountName = r.String("ServiceAccountName"),
        HostNetwork = r.Boolean("HostNetwork"),
        DnsPolicy = r.Choice("DnsPolicy", EksJobDefinition.DnsPolicies),
        Metadata = r.Nested("Metadata", "pod metadata", m => new EksMetadata(m.Path, m.Map("Labels"), m.Map("Annotations"), m.String("Namespace"))),
        Containers = r.Objects("Containers", "an EKS container", Container),
        InitContainers = r.Objects("InitContainers", "an EKS container", Container),
        Volumes = r.Objects("Volumes", "an EKS volume", Volume),
    };

    private static EksContainer Container(ObjectReader r) => new(
        r.Path,
        r.String("Name"),
        r.String("Image", required: true),
        r.Choice("ImagePullPolicy", ["Always", "IfNotPresent", "Never"]),
        r.StringList("Command"),
        r.StringList("Args"),
        r.Map("Env"),
        r.Nested("Resources", "container resources", x => new EksResources(x.Path, x.Map("Limits"), x.Map("Requests"))),
        r.Nested("SecurityContext", "a security context", s => new EksSecurityContext(
            s.Integer("RunAsUser", 0, whatIsValid: ParsingMessages.WholeNumberAtLeast(0)), s.Integer("RunAsGroup", 0, whatIsValid: ParsingMessages.WholeNumberAtLeast(0)), s.Boolean("Privileged"), s.Boolean("ReadOnlyRootFilesystem"),
            s.Boolean("RunAsNonRoot"), s.Boolean("AllowPrivilegeEscalation"))),
        r.Objects("VolumeMounts", "a volume mount", m => new EksVolumeMount(m.Path, m.String("Name", required: true), m.String("MountPath", required: true), m.String("SubPath"), m.Boolean("ReadOnly"))));

    private static EksVolume? Volume(ObjectReader r)
    {
        var name = r.String("Name", required: true);
        var emptyDir = r.Nested("EmptyDir", "an emptyDir volume", e => new EksEmptyDirVolume(r.Path, name, e.String("Medium"), e.String("SizeLimit")));
        var hostPath = r.Nested("HostPath", "a hostPath volume", h => new EksHostPathVolume(r.Path, name, h.String("Path", required: true)));
        var secret = r.Nested("Secret", "a secret volume", s => new EksSecretVolume(r.Path, name, s.String("SecretName", required: true), s.Boolean("Optional")));
        EksVolume?[] given = [emptyDir, hostPath, secret];
        var count = given.Count(v => v is not null);
        var written = r.Has("EmptyDir") || r.Has("HostPath") || r.Has("Secret");
        if (count > 1 || !written)
        {
            r.Diagnostics.Error(r.Path, Diagnostics.DiagnosticCodes.EksVolumeSource, JobDefinitionMessages.EksVolumeSource);
            return null;
        }
        return given.FirstOrDefault(v => v is not null);
    }
}
