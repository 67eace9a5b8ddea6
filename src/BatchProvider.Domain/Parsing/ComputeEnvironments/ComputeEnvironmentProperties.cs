using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Parsing.ComputeEnvironments;

/// <summary>The property names of each compute-environment kind (the public contract of the spec) and their enums.</summary>
public static class ComputeEnvironmentProperties
{
    /// <summary>Properties every kind has.</summary>
    public static IReadOnlyList<string> Common { get; } = ["Id", "Kind", "Enabled", "ServiceRole", "Tags", "Context"];

    /// <summary>Properties of the EC2-instance kinds (ManagedEc2 and ManagedEks), beside <see cref="Common"/>.</summary>
    public static IReadOnlyList<string> Instance { get; } =
    [
        "Spot", "SpotBidPercentage", "AllocationStrategy", "InstanceTypes", "InstanceClasses", "UseOptimalInstanceClasses",
        "MinvCpus", "MaxvCpus", "DesiredvCpus", "Images", "LaunchTemplate", "PlacementGroup", "Ec2KeyPair", "InstanceRole",
        "SpotFleetRole", "Subnets", "SecurityGroups", "InstanceTags", "UpdatePolicy", "UpdateToLatestImageVersion", "ScalingPolicy",
    ];

    /// <summary>Properties only ManagedEks has.</summary>
    public static IReadOnlyList<string> Eks { get; } = ["EksCluster", "KubernetesNamespace"];

    /// <summary>Properties of Fargate, beside <see cref="Common"/>.</summary>
    public static IReadOnlyList<string> Fargate { get; } = ["Spot", "MaxvCpus", "Subnets", "SecurityGroups"];

    /// <summary>Properties of Unmanaged, beside <see cref="Common"/>.</summary>
    public static IReadOnlyList<string> Unmanaged { get; } = ["UnmanagedvCpus"];

    /// <summary>Every property any kind has.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Common.Concat(Instance).Concat(Eks).Concat(Fargate).Concat(Unmanaged).Distinct()];

    /// <summary>Batch's allocation strategies.</summary>
    public static IReadOnlyList<string> AllocationStrategies { get; } =
    [
        "BEST_FIT", "BEST_FIT_PROGRESSIVE", "BEST_FIT_PROGRESSIVE_ORDERED",
        "SPOT_CAPACITY_OPTIMIZED", "SPOT_PRICE_CAPACITY_OPTIMIZED", "SPOT_CAPACITY_OPTIMIZED_PRIORITIZED",
    ];

    /// <summary>Batch's image types (ec2Configuration.imageType).</summary>
    public static IReadOnlyList<string> ImageTypes { get; } =
    [
        "ECS_AL2", "ECS_AL2_NVIDIA", "ECS_AL2023", "ECS_AL2023_NVIDIA",
        "EKS_AL2", "EKS_AL2_NVIDIA", "EKS_AL2023", "EKS_AL2023_NVIDIA",
    ];

    /// <summary>Launch-template user-data types (EKS).</summary>
    public static IReadOnlyList<string> UserdataTypes { get; } = ["EKS_BOOTSTRAP_SH", "EKS_NODEADM"];

    /// <summary>The properties of <paramref name="kind"/>.</summary>
    public static IReadOnlySet<string> Of(string kind) => kind switch
    {
        ComputeEnvironmentKinds.ManagedEc2 => new HashSet<string>(Common.Concat(Instance)),
        ComputeEnvironmentKinds.ManagedEks => new HashSet<string>(Common.Concat(Instance).Concat(Eks)),
        ComputeEnvironmentKinds.Fargate => new HashSet<string>(Common.Concat(Fargate)),
        _ => new HashSet<string>(Common.Concat(Unmanaged)),
    };

    /// <summary>"a Fargate compute environment", for messages.</summary>
    public static string Describe(string kind) => $"{(kind == ComputeEnvironmentKinds.Unmanaged ? "an" : "a")} {kind} compute environment";
}
