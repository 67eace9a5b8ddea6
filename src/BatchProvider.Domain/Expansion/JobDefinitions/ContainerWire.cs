using BatchProvider.Domain.BatchApi;
using JD = BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Expansion.JobDefinitions;

/// <summary>Container properties on the wire. vCPU, memory and GPUs always travel as resourceRequirements, never as
/// the deprecated vcpus/memory fields (Fargate rejects those).</summary>
internal static class ContainerWire
{
    /// <summary>The wire defaults of a Fargate job (batch-rules.md B).</summary>
    internal const string DefaultPlatformVersion = "LATEST";

    internal static ContainerProperties Properties(JD.ContainerSpec c, JD.FargateOptions? fargate) => new()
    {
        Image = c.Image,
        Command = c.Command?.Items,
        JobRoleArn = c.JobRole,
        ExecutionRoleArn = c.ExecutionRole,
        ResourceRequirements = Wire.ListOrNull(Resources(c)),
        Environment = Wire.ListOrNull(c.Environment.Select(e => new BatchApi.KeyValuePair { Name = e.Key, Value = e.Value })),
        Secrets = Wire.ListOrNull(c.Secrets.Select(Secret)),
        Volumes = Wire.ListOrNull(c.Volumes.Select(Volume)),
        MountPoints = Wire.ListOrNull(c.MountPoints.Select(m => new MountPoint { SourceVolume = m.SourceVolume, ContainerPath = m.ContainerPath, ReadOnly = m.ReadOnly })),
        LinuxParameters = c.LinuxParameters is { } lp ? LinuxParameters(lp) : null,
        LogConfiguration = c.LogConfiguration is { } log ? new LogConfiguration
        {
            LogDriver = log.Driver,
            Options = Wire.MapOrNull(log.Options),
            SecretOptions = Wire.ListOrNull(log.SecretOptions.Select(Secret)),
        } : null,
        Ulimits = Wire.ListOrNull(c.Ulimits.Select(u => new Ulimit { Name = u.Name, SoftLimit = Wire.Int(u.SoftLimit), HardLimit = Wire.Int(u.HardLimit) })),
        User = c.User,
        Privileged = c.Privileged,
        ReadonlyRootFilesystem = c.ReadonlyRootFilesystem,
        InstanceType = c.InstanceType,
        NetworkConfiguration = fargate is null ? null : new NetworkConfiguration { AssignPublicIp = fargate.AssignPublicIp == true ? "ENABLED" : "DISABLED" },
        FargatePlatformConfiguration = fargate is null ? null : new FargatePlatformConfiguration { PlatformVersion = fargate.PlatformVersion ?? DefaultPlatformVersion },
        EphemeralStorage = fargate?.EphemeralStorageGiB is { } gib ? new EphemeralStorage { SizeInGiB = Wire.Int(gib) } : null,
        RuntimePlatform = fargate?.RuntimePlatform is { } rp ? new RuntimePlatform { CpuArchitecture = rp.CpuArchitecture, OperatingSystemFamily = rp.OperatingSystemFamily } : null,
    };

    private static IEnumerable<ResourceRequirement> Resources(JD.ContainerSpec c)
    {
        if (c.Vcpus is { } v) yield return new ResourceRequirement { Type = "VCPU", Value = Wire.Number(v) };
        if (c.MemoryMiB is { } m) yield return new ResourceRequirement { Type = "MEMORY", Value = Wire.Number(m) };
        if (c.Gpus is { } g and > 0) yield return new ResourceRequirement { Type = "GPU", Value = Wire.Number(g) };
    }

    private static Secret Secret(JD.Secret s) => new() { Name = s.Name, ValueFrom = s.ValueFrom };

    private static Volume Volume(JD.Volume v) => new()
    {
        Name = v.Name,
        Host = v.HostPath is { } hp ? new Host { SourcePath = hp } : null,
        EfsVolumeConfiguration = v.Efs is { } e ? new EFSVolumeConfiguration
        {
            FileSystemId = e.FileSystemId,
            RootDirectory = e.RootDirectory,
            TransitEncryption = Wire.Enabled(e.TransitEncryption),
            TransitEncryptionPort = Wire.Int(e.TransitEncryptionPort),
            AuthorizationConfig = e.AccessPointId is not null || e.Iam is not null
                ? new EFSAuthorizationConfig { AccessPointId = e.AccessPointId, Iam = Wire.Enabled(e.Iam) }
                : null,
        } : null,
    };

    private static LinuxParameters LinuxParameters(JD.LinuxParameters lp) => new()
    {
        Devices = Wire.ListOrNull(lp.Devices.Select(d => new Device { HostPath = d.HostPath, ContainerPath = d.ContainerPath, Permissions = Wire.ListOrNull(d.Permissions) })),
        InitProcessEnabled = lp.InitProcessEnabled,
        SharedMemorySize = Wire.Int(lp.SharedMemoryMiB),
        Tmpfs = Wire.ListOrNull(lp.Tmpfs.Select(t => new Tmpfs { ContainerPath = t.ContainerPath, Size = Wire.Int(t.SizeMiB), MountOptions = Wire.ListOrNull(t.MountOptions) })),
        MaxSwap = Wire.Int(lp.MaxSwapMiB),
        Swappiness = Wire.Int(lp.Swappiness),
    };
}
