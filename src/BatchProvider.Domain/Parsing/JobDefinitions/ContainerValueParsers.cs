using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobDefinitions;
using BatchProvider.Domain.Validation.JobDefinitions;

namespace BatchProvider.Domain.Parsing.JobDefinitions;

/// <summary>Readers of the value objects inside container properties.</summary>
internal static class ContainerValueParsers
{
    internal static ImmutableArray<Secret> Secrets(ObjectReader r, string name) =>
        r.Objects(name, "a secret", s => new Secret(s.Path, s.String("Name", required: true), s.String("ValueFrom", required: true, whatIsValid: "give a Secrets Manager or SSM parameter ARN, or an SSM parameter name")));

    internal static Volume Volume(ObjectReader r)
    {
        var name = r.String("Name", required: true);
        var hostPath = r.String("HostPath");
        var efs = r.Nested("Efs", "an EFS volume", e => new EfsVolume(
            e.Path,
            e.String("FileSystemId", required: true, whatIsValid: "give the file system id, such as fs-12345678"),
            e.String("RootDirectory"),
            e.Boolean("TransitEncryption"),
            e.Int("TransitEncryptionPort", ParsingMessages.WholeNumberFrom(0, 65535)),
            e.String("AccessPointId"),
            e.Boolean("Iam")));
        if (hostPath is not null && efs is not null)
            r.Diagnostics.Error(r.Path.Property("Efs"), DiagnosticCodes.VolumeSourceConflict, JobDefinitionMessages.VolumeSourceConflict);
        return new Volume(r.Path, name, hostPath, efs);
    }

    internal static MountPoint MountPoint(ObjectReader r) =>
        new(r.Path, r.String("SourceVolume", required: true, whatIsValid: "give the Name of a volume"), r.String("ContainerPath", required: true), r.Boolean("ReadOnly"));

    internal static LinuxParameters LinuxParameters(ObjectReader r) => new(
        r.Path,
        r.Objects("Devices", "a device", d => new Device(d.Path, d.String("HostPath", required: true), d.String("ContainerPath"),
            d.StringList("Permissions") is { } p ? [.. p.Select(x => x.ToUpperInvariant())] : [])),
        r.Boolean("InitProcessEnabled"),
        r.SizeMiB("SharedMemory"),
        r.Objects("Tmpfs", "a tmpfs mount", t => new Tmpfs(t.Path, t.String("ContainerPath", required: true), t.SizeMiB("Size", required: true), t.StringList("MountOptions") ?? [])),
        r.SizeMiB("MaxSwap"),
        r.Int("Swappiness", ParsingMessages.WholeNumberFrom(0, 100)));

    internal static LogConfiguration LogConfiguration(ObjectReader r) =>
        new(r.Path, r.Choice("Driver", Spec.JobDefinitions.LogConfiguration.Drivers, required: true), r.Map("Options"), Secrets(r, "SecretOptions"));

    internal static Ulimit Ulimit(ObjectReader r) =>
        new(r.Path, r.Choice("Name", Spec.JobDefinitions.Ulimit.Names, required: true), r.Int("SoftLimit", ParsingMessages.WholeNumberAtLeast(0)) ?? Require(r, "SoftLimit"), r.Int("HardLimit", ParsingMessages.WholeNumberAtLeast(0)) ?? Require(r, "HardLimit"));

    private static long? Require(ObjectReader r, string name)
    {
        if (!r.Has(name)) r.Missing(name, "give a whole number");
        return null;
    }
}
