namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>Settings that only a Fargate container job has.</summary>
/// <param name="PlatformVersion">Fargate platform version. Default: LATEST.</param>
/// <param name="AssignPublicIp">Whether the task gets a public IP (needed in public subnets without NAT). Default: false.</param>
/// <param name="EphemeralStorageGiB">Task storage, 21 to 200 GiB. Default: Fargate's 20 GiB.</param>
/// <param name="RuntimePlatform">Operating system and CPU architecture. Default: LINUX / X86_64.</param>
public sealed record FargateOptions(string? PlatformVersion, bool? AssignPublicIp, long? EphemeralStorageGiB, RuntimePlatform? RuntimePlatform)
{
    /// <summary>No Fargate settings written.</summary>
    public static FargateOptions None { get; } = new(null, null, null, null);
}
