namespace BatchProvider.Domain.Parsing.JobDefinitions;

/// <summary>
/// The property names of each job-definition kind, so that a property of a sibling kind is reported as "not a
/// property of an Eks job definition" rather than as unknown.
/// </summary>
internal static class JobDefinitionProperties
{
    internal static readonly string[] Job = ["Id", "Kind", "Preset", "Parameters", "Timeout", "RetryAttempts", "RetryStrategies", "SchedulingPriority", "Tags"];

    internal static readonly string[] Container =
    [
        "Image", "Command", "Vcpus", "Memory", "Gpus", "Environment", "Secrets", "JobRole", "ExecutionRole", "Volumes", "MountPoints",
        "LinuxParameters", "LogConfiguration", "Ulimits", "User", "Privileged", "ReadonlyRootFilesystem", "InstanceType",
    ];

    internal static readonly string[] Fargate = ["FargatePlatformVersion", "AssignPublicIp", "EphemeralStorage", "RuntimePlatform"];

    internal static readonly string[] ContainerKind = ["Platform", "PropagateTags", .. Container, .. Fargate];

    internal static readonly string[] MultiNodeKind = ["Platform", "MainNode", "NumNodes", "InstanceType", "PropagateTags", "Nodes"];

    internal static readonly string[] EksKind = ["ServiceAccountName", "HostNetwork", "DnsPolicy", "Metadata", "Containers", "InitContainers", "Volumes"];

    internal static readonly string[] NodeRange = ["Range", .. Container];

    internal static readonly string[] All = [.. Job, .. ContainerKind, .. MultiNodeKind, .. EksKind];
}
