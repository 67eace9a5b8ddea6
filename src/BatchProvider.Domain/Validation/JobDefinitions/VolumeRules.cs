using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>Volumes and mount points: unique names, EFS settings that work together, mounts that name a volume.</summary>
internal static class VolumeRules
{
    internal static void Validate(ContainerSpec c, bool windows, DiagnosticBag d)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in c.Volumes)
        {
            if (v.Name is { } name && !names.Add(name))
                d.Error(v.Path.Property("Name"), DiagnosticCodes.DuplicateVolumeName, JobDefinitionMessages.DuplicateVolumeName(name));
            if (v.Efs is { } efs) Efs(efs, d);
        }
        foreach (var m in c.MountPoints)
        {
            if (m.SourceVolume is { } source && !names.Contains(source))
                d.Error(m.Path.Property("SourceVolume"), DiagnosticCodes.UnknownVolume, JobDefinitionMessages.UnknownVolume(source, names));
        }
    }

    // CDK EfsVolumeOptions: an access point and IAM authorization both need transit encryption; an access point fixes the root.
    private static void Efs(EfsVolume efs, DiagnosticBag d)
    {
        var encrypted = efs.TransitEncryption == true;
        if (efs.AccessPointId is not null)
        {
            if (!encrypted)
                d.Error(efs.Path.Property("TransitEncryption"), DiagnosticCodes.EfsConfiguration, JobDefinitionMessages.EfsAccessPointNeedsEncryption);
            if (efs.RootDirectory is { } root and not "/")
                d.Error(efs.Path.Property("RootDirectory"), DiagnosticCodes.EfsConfiguration, JobDefinitionMessages.EfsAccessPointRootDirectory(root));
        }
        if (efs.Iam == true && !encrypted && efs.AccessPointId is null)
            d.Error(efs.Path.Property("TransitEncryption"), DiagnosticCodes.EfsConfiguration, JobDefinitionMessages.EfsIamNeedsEncryption);
        if (efs.TransitEncryptionPort is { } port and (< 1 or > 65535))
            d.Error(efs.Path.Property("TransitEncryptionPort"), DiagnosticCodes.JobValueOutOfRange, JobDefinitionMessages.ValueOutOfRange("TransitEncryptionPort", port, "use a port from 1 to 65535"));
    }
}
