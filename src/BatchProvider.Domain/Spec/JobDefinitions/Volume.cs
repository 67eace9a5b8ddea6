using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>A volume: a host path (EC2), an EFS file system, or (neither) a Docker-managed scratch volume.</summary>
/// <param name="Name">The name mount points refer to. Required.</param>
/// <param name="HostPath">Path on the instance (EC2 only).</param>
/// <param name="Efs">EFS settings.</param>
public sealed record Volume(PropertyPath Path, string? Name, string? HostPath, EfsVolume? Efs);

/// <summary>An EFS volume.</summary>
/// <param name="FileSystemId">The file system, e.g. fs-12345678. Required.</param>
/// <param name="RootDirectory">Directory mounted as root. Default: "/"; must be omitted or "/" with an access point.</param>
/// <param name="TransitEncryption">TLS between host and EFS. Default: false (DISABLED).</param>
/// <param name="TransitEncryptionPort">Port for encrypted traffic. Default: the EFS mount helper's.</param>
/// <param name="AccessPointId">An EFS access point (requires transit encryption).</param>
/// <param name="Iam">Use the job role for EFS authorization (requires transit encryption). Default: false.</param>
public sealed record EfsVolume(PropertyPath Path, string? FileSystemId, string? RootDirectory, bool? TransitEncryption, long? TransitEncryptionPort, string? AccessPointId, bool? Iam);
