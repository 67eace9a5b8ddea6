using BatchProvider.Domain.Collections;

namespace BatchProvider.Domain.Spec.ComputeEnvironments;

/// <summary>What the two EC2-instance kinds (ECS and EKS) share: instances Batch launches and scales.</summary>
public abstract record InstanceComputeEnvironmentSpec(string Id, Diagnostics.PropertyPath Path) : ComputeEnvironmentSpec(Id, Path)
{
    /// <summary>True launches Spot instances (type SPOT). The default is false (On-Demand, type EC2).</summary>
    public bool? Spot { get; init; }

    /// <summary>Maximum Spot price as a percentage of On-Demand (0..100); Spot only. The default is 100.</summary>
    public int? SpotBidPercentage { get; init; }

    /// <summary>The allocation strategy. The default is BEST_FIT_PROGRESSIVE (On-Demand) or SPOT_PRICE_CAPACITY_OPTIMIZED (Spot).</summary>
    public string? AllocationStrategy { get; init; }

    /// <summary>Exact instance types such as <c>m6i.2xlarge</c>. Default none.</summary>
    public ValueList<string>? InstanceTypes { get; init; }

    /// <summary>Instance families such as <c>m6i</c>. Default none.</summary>
    public ValueList<string>? InstanceClasses { get; init; }

    /// <summary>Adds the <c>optimal</c> token to the instance types. The default is true.</summary>
    public bool? UseOptimalInstanceClasses { get; init; }

    /// <summary>Minimum vCPUs kept running. The default is 0.</summary>
    public int? MinvCpus { get; init; }

    /// <summary>Maximum vCPUs. The default is 256.</summary>
    public int? MaxvCpus { get; init; }

    /// <summary>Initial desired vCPUs. Default none (Batch decides).</summary>
    public int? DesiredvCpus { get; init; }

    /// <summary>The AMI families (ec2Configuration). The default is ECS_AL2023 for ECS and EKS_AL2023 for EKS.</summary>
    public ValueList<ComputeEnvironmentImageSpec>? Images { get; init; }

    /// <summary>An EC2 launch template. Default none.</summary>
    public LaunchTemplateSpec? LaunchTemplate { get; init; }

    /// <summary>A cluster placement group name. Default none.</summary>
    public string? PlacementGroup { get; init; }

    /// <summary>An EC2 key pair name. Default none.</summary>
    public string? Ec2KeyPair { get; init; }

    /// <summary>The instance profile (name or <c>:instance-profile/</c> ARN); required.</summary>
    public string? InstanceRole { get; init; }

    /// <summary>The Spot Fleet IAM role ARN; needed for Spot with BEST_FIT. Default none.</summary>
    public string? SpotFleetRole { get; init; }

    /// <summary>VPC subnets for the instances; required.</summary>
    public ValueList<string>? Subnets { get; init; }

    /// <summary>Security groups for the instances. Default none (the launch template's or the VPC default).</summary>
    public ValueList<string>? SecurityGroups { get; init; }

    /// <summary>Tags for the launched instances (computeResources.tags). Default none.</summary>
    public ValueMap<string, string>? InstanceTags { get; init; }

    /// <summary>How infrastructure updates treat running jobs. Default Batch's (wait 30 minutes, no termination).</summary>
    public ComputeEnvironmentUpdatePolicySpec? UpdatePolicy { get; init; }

    /// <summary>Move to the latest Batch AMI on infrastructure updates. The default is false.</summary>
    public bool? UpdateToLatestImageVersion { get; init; }

    /// <summary>The scale-down delay. Default none.</summary>
    public ScalingPolicySpec? ScalingPolicy { get; init; }
}
