using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Parsing;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// Every compute-environment message text, in one catalog (NodaTime's TextErrorMessages): each says what is wrong and
/// what would be valid; the path travels separately in the diagnostic. The summary of each member names its code.
/// </summary>
public static class ComputeEnvironmentMessages
{
    /// <summary>BS0101, for a negative vCPU count (MinvCpus, MaxvCpus, DesiredvCpus, UnmanagedvCpus).</summary>
    public static string VcpusNegative(string property, int? value) => $"{property} is {value}; use 0 or more.";

    /// <summary>BS0101, when MaxvCpus is below the default or written MinvCpus.</summary>
    public static string MaxvCpusBelowMin(int max, int min) => $"MaxvCpus is {max}, less than MinvCpus ({min}); use a value of at least {min}.";

    /// <summary>BS0101, when MinvCpus is above MaxvCpus.</summary>
    public static string MinvCpusAboveMax(int min, int max) => $"MinvCpus is {min}, greater than MaxvCpus ({max}); use a value from 0 to {max}.";

    /// <summary>BS0102.</summary>
    public static string DesiredvCpusOutOfBounds(int desired, int min, int max) =>
        $"DesiredvCpus is {desired}, outside MinvCpus..MaxvCpus; use a value from {min} to {max}.";

    /// <summary>BS0103, on ManagedEks (an error).</summary>
    public const string DesiredvCpusOnEks = "DesiredvCpus is not supported for a ManagedEks compute environment; remove it and let Batch scale.";

    /// <summary>BS0103, elsewhere (a warning).</summary>
    public const string DesiredvCpusSet =
        "DesiredvCpus is set; AWS recommends leaving it out: Batch adjusts it itself, and a later deployment with a lower value fails (Batch cannot scale down by request).";

    /// <summary>BS0104, a SPOT_* strategy without Spot.</summary>
    public static string SpotStrategyOnDemand(string strategy) =>
        $"AllocationStrategy is {strategy}, which is only for Spot; set Spot: true, or use BEST_FIT_PROGRESSIVE or BEST_FIT_PROGRESSIVE_ORDERED for On-Demand.";

    /// <summary>BS0104, BEST_FIT_PROGRESSIVE_ORDERED with Spot.</summary>
    public const string OrderedStrategyWithSpot =
        "AllocationStrategy is BEST_FIT_PROGRESSIVE_ORDERED, which is only for On-Demand; with Spot use SPOT_PRICE_CAPACITY_OPTIMIZED, SPOT_CAPACITY_OPTIMIZED or SPOT_CAPACITY_OPTIMIZED_PRIORITIZED.";

    /// <summary>BS0104, BEST_FIT on ManagedEks.</summary>
    public static string BestFitOnEks(bool spot) =>
        $"AllocationStrategy is BEST_FIT, which a ManagedEks compute environment does not support; use {(spot ? "SPOT_PRICE_CAPACITY_OPTIMIZED" : "BEST_FIT_PROGRESSIVE")}.";

    /// <summary>BS0105.</summary>
    public static string BidPercentageWithoutSpot(int bid) =>
        $"SpotBidPercentage is {bid}, but the compute environment is On-Demand; set Spot: true or remove SpotBidPercentage.";

    /// <summary>BS0004, for SpotBidPercentage.</summary>
    public static string BidPercentageOutOfRange(int? bid) => $"SpotBidPercentage is {bid}; use a value from 0 to 100 (percent of the On-Demand price).";

    /// <summary>BS0106.</summary>
    public const string SpotFleetRoleRequired =
        "SpotFleetRole is required for Spot with AllocationStrategy BEST_FIT; give the ARN of a role with AmazonEC2SpotFleetTaggingRole, or use SPOT_PRICE_CAPACITY_OPTIMIZED.";

    /// <summary>BS0107.</summary>
    public const string SpotFleetRoleWithoutSpot = "SpotFleetRole is set, but the compute environment is On-Demand; set Spot: true or remove SpotFleetRole.";

    /// <summary>BS0108.</summary>
    public static string IdleCapacity(int min) =>
        $"MinvCpus is {min}: instances for {min} vCPUs keep running, and cost money, while no job runs; use 0 unless start-up latency matters.";

    /// <summary>BS0109, a namespace Batch reserves.</summary>
    public static string KubernetesNamespaceReserved(string ns) =>
        $"KubernetesNamespace is {Quoted.Value(ns)}, which Batch does not allow (not default, not kube-*); use a namespace of your own, e.g. batch.";

    /// <summary>BS0109, not a DNS label.</summary>
    public static string KubernetesNamespaceFormat(string ns) =>
        $"KubernetesNamespace is {Quoted.Value(ns)}; use 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit.";

    /// <summary>BS0005, for KubernetesNamespace.</summary>
    public const string KubernetesNamespaceMissing =
        "KubernetesNamespace is required for a ManagedEks compute environment; give the namespace the jobs run in, e.g. batch.";

    /// <summary>BS0110.</summary>
    public static string EksClusterNotArn(string cluster) =>
        $"EksCluster is {Quoted.Value(cluster)}, which is not an EKS cluster ARN; use arn:aws:eks:REGION:ACCOUNT:cluster/NAME.";

    /// <summary>BS0005, for EksCluster.</summary>
    public const string EksClusterMissing =
        "EksCluster is required for a ManagedEks compute environment; give the cluster ARN, arn:aws:eks:REGION:ACCOUNT:cluster/NAME.";

    /// <summary>BS0111, too many security groups.</summary>
    public static string TooManySecurityGroups(int count, int max) => $"SecurityGroups has {count} entries; use 1 to {max}.";

    /// <summary>BS0111, an empty list.</summary>
    public const string SecurityGroupsEmpty = "SecurityGroups is empty; give 1 to 5 security group ids or remove it.";

    /// <summary>BS0005 or BS0111, for Fargate without security groups.</summary>
    public const string FargateSecurityGroupsRequired =
        "SecurityGroups is required for a Fargate compute environment; give 1 to 5 security group ids (here or in Defaults).";

    /// <summary>BS0005 or BS0112, for missing or empty Subnets; <paramref name="kind"/> as "a Fargate compute environment".</summary>
    public static string SubnetsRequired(string kind) => $"Subnets is required for {kind}; give the VPC subnet ids (here or in Defaults).";

    /// <summary>BS0112, too many subnets on Fargate.</summary>
    public static string TooManyFargateSubnets(int count, int max) => $"Subnets has {count} entries; a Fargate compute environment allows at most {max}.";

    /// <summary>BS0113, the number of images.</summary>
    public static string ImageCount(int count) => $"Images has {count} entries; give 1 or 2 (for example a CPU and a GPU image type).";

    /// <summary>BS0113, an image type of the other orchestrator; <paramref name="prefix"/> is ECS_ or EKS_.</summary>
    public static string ImageTypeWrongKind(string type, string kind, string prefix) =>
        $"Type is {type}, which is not for {kind}; use an {prefix}* image type such as {prefix}AL2023.";

    /// <summary>BS0113, an image type given twice.</summary>
    public static string ImageTypeTwice(string type) => $"Type {type} appears twice in Images; give each image type once.";

    /// <summary>BS0113, ImageIdOverride not an AMI id.</summary>
    public static string ImageIdNotAmi(string? imageId) => $"ImageIdOverride is {Quoted.Value(imageId)}, which is not an AMI id; use ami-....";

    /// <summary>BS0113, KubernetesVersion not major.minor.</summary>
    public static string KubernetesVersionFormat(string? version) => $"KubernetesVersion is {Quoted.Value(version)}; use major.minor, e.g. 1.31.";

    /// <summary>BS0113, KubernetesVersion on an ECS image.</summary>
    public const string KubernetesVersionOnlyEks = "KubernetesVersion applies only to EKS images; remove it.";

    /// <summary>BS0114; <paramref name="defaultImage"/> when the image type came from the default.</summary>
    public static string A1WithAl2023(string property, string type, string imageType, bool defaultImage) =>
        $"{property} includes {type}, but A1 instances do not support the {imageType} image{(defaultImage ? " (the default)" : "")}; use a Graviton family such as m6g or c7g, or an AL2 image type.";

    /// <summary>BS0115.</summary>
    public static string OldGpuWithNvidiaAl2023(string property, string type) =>
        $"{property} includes {type}, but ECS_AL2023_NVIDIA does not support p3 or g3 instances; use g4dn, g5, p4d or newer, or the ECS_AL2_NVIDIA image.";

    /// <summary>BS0116; <paramref name="optimal"/> when one side is Batch's <c>optimal</c> token.</summary>
    public static string MixedArchitectures(string property, string otherArchitecture, string otherType, string firstArchitecture, string firstType, bool optimal) =>
        $"{property} mixes {otherArchitecture} ({otherType}) with {firstArchitecture} ({firstType}); all instance types of a compute environment must share one CPU architecture"
        + (optimal ? " (optimal means x86_64 instances; set UseOptimalInstanceClasses: false for Graviton)." : "; split them into two compute environments.");

    /// <summary>BS0117, both given; <paramref name="what"/> is "LaunchTemplate" or "Overrides entry".</summary>
    public static string LaunchTemplateIdAndName(string what) => $"{what} gives both Id and Name; give only one of them.";

    /// <summary>BS0117, neither given.</summary>
    public static string LaunchTemplateIdOrNameMissing(string what) => $"{what} needs Id or Name; give the launch template's id (lt-...) or name.";

    /// <summary>BS0118.</summary>
    public static string JobExecutionTimeout(long seconds, long maxMinutes) =>
        $"JobExecutionTimeout is {Scalars.FormatDuration(seconds)}; use whole minutes from 1m to {maxMinutes}m (5d).";

    /// <summary>BS0119; suggests the instance profile of the same name.</summary>
    public static string InstanceRoleIsRole(string role) =>
        $"InstanceRole is the IAM role ARN {role}; give the instance profile instead ({role.Replace(":role/", ":instance-profile/", StringComparison.Ordinal)} if it has the same name).";

    /// <summary>BS0005, for InstanceRole; <paramref name="kind"/> as "a ManagedEc2 compute environment".</summary>
    public static string InstanceRoleRequired(string kind) =>
        $"InstanceRole is required for {kind}; give an instance profile name or ARN (arn:aws:iam::ACCOUNT:instance-profile/NAME), here or in Defaults.";

    /// <summary>BS0120.</summary>
    public static string ServiceRoleShortName(string serviceLinkedRole) =>
        $"ServiceRole is the bare name {serviceLinkedRole}, which leaves the compute environment unable to stabilize or be deleted; remove ServiceRole to use the service-linked role, or give its full ARN arn:aws:iam::ACCOUNT:role/aws-service-role/batch.amazonaws.com/{serviceLinkedRole}.";

    /// <summary>BS0005, for ServiceRole on Unmanaged.</summary>
    public const string UnmanagedServiceRoleRequired =
        "ServiceRole is required for an Unmanaged compute environment (Batch uses no service-linked role there); give the ARN of the Batch service role.";

    /// <summary>BS0121.</summary>
    public const string NoInstanceTypes =
        "UseOptimalInstanceClasses is false and neither InstanceTypes nor InstanceClasses is given, so there is no instance type; give InstanceTypes or InstanceClasses, or remove UseOptimalInstanceClasses.";

    /// <summary>BS0122, too many overrides.</summary>
    public static string TooManyOverrides(int count, int max) => $"Overrides has {count} entries; Batch allows at most {max}.";

    /// <summary>BS0122, a Batch token such as optimal as a target.</summary>
    public static string OverrideTargetIsToken(string target) => $"TargetInstanceTypes includes {Quoted.Bare(target)}; name real instance types or families, not Batch's tokens.";

    /// <summary>BS0122, a target the environment cannot launch.</summary>
    public static string OverrideTargetNotInstanceType(string target, IEnumerable<string> instanceTypes) =>
        $"TargetInstanceTypes includes {Quoted.Bare(target)}, which is not among the compute environment's instance types ({Quoted.List(instanceTypes)}); add it to InstanceTypes or InstanceClasses.";

    /// <summary>BS0122, two overrides targeting the same type.</summary>
    public static string OverrideTargetOverlap(string target, string overlap, PropertyPath overlapPath) =>
        $"TargetInstanceTypes entry {Quoted.Bare(target)} overlaps {Quoted.Bare(overlap)} at {overlapPath}; each instance type may be targeted once.";

    /// <summary>BS0123.</summary>
    public static string Unused(string id) =>
        $"Compute environment {Quoted.Bare(id)} is used by no job queue, so no job can run on it; add it to a queue's ComputeEnvironments or remove it.";

    /// <summary>BS0124, for ServiceRole.</summary>
    public static string ServiceRoleNotArn(string role) => $"ServiceRole is {role}, which is not an IAM role ARN; give arn:aws:iam::ACCOUNT:role/NAME.";

    /// <summary>BS0124, for SpotFleetRole.</summary>
    public static string SpotFleetRoleNotArn(string role) =>
        $"SpotFleetRole is {role}, which is not an IAM role ARN; give arn:aws:iam::ACCOUNT:role/NAME of a role with AmazonEC2SpotFleetTaggingRole.";

    /// <summary>BS0125.</summary>
    public static string MinScaleDownDelay(long seconds) =>
        $"MinScaleDownDelay is {Scalars.FormatDuration(seconds)}; use whole minutes from 20m to 7d, or 0 to unset it.";

    /// <summary>BS0126; suggests the AL2023 counterpart of the AL2 image type.</summary>
    public static string Al2Retiring(string type) =>
        $"Type is {type}: Batch stops creating ECS compute environments on Batch-provided AL2 AMIs from {Al2Retirement.CutoffText}; use {Al2Retirement.Successor(type)}.";

    /// <summary>BS0135, with a did-you-mean from <see cref="Catalog.InstanceTypeNames.Closest"/>.</summary>
    public static string UnknownInstanceType(string property, string entry, string? closest) =>
        $"{property} includes {Quoted.Value(entry)}, which is not an EC2 instance type or family; use a type such as m6i.2xlarge, a family such as m6i, or one of optimal, default_x86_64, default_arm64.{(closest is null ? "" : ParsingMessages.DidYouMean(closest))}";

    /// <summary>BS0134, after the cutoff: only an existing compute environment may keep the image.</summary>
    public static string Al2CreationRefused(string type) =>
        $"Type is {type}: since {Al2Retirement.CutoffText} Batch refuses to create ECS compute environments on Batch-provided AL2 AMIs; an existing one keeps running, but plan and deploy refuse to create this one; use {Al2Retirement.Successor(type)}.";

    /// <summary>The reason <see cref="RefusedCreation"/> carries to the planner for an AL2 image after the cutoff.</summary>
    public static string Al2RefusedReason(string type) =>
        $"Batch refuses to create ECS compute environments on the Batch-provided {type} AMI since {Al2Retirement.CutoffText}; use {Al2Retirement.Successor(type)}, or an ImageIdOverride with your own AMI";

    /// <summary>BS0127, UserdataType on ManagedEc2.</summary>
    public static string UserdataTypeOnlyEks(string? userdataType) =>
        $"UserdataType is {userdataType}, which applies only to ManagedEks compute environments; remove it.";

    /// <summary>BS0127, an EKS AL2023 custom AMI without EKS_NODEADM.</summary>
    public static string CustomAl2023NeedsNodeadm(string? imageType) =>
        $"A custom AMI of type {imageType} needs LaunchTemplate.UserdataType EKS_NODEADM (nodeadm bootstraps AL2023 nodes); set it in the launch template.";

    /// <summary>BS0128.</summary>
    public static string EksClusterQuota(string? cluster, int count, int max) =>
        $"EksCluster {cluster} is used by {count} compute environments; Batch allows {max} per cluster.";

    /// <summary>BS0129; <paramref name="prefix"/> is subnet- or sg-.</summary>
    public static string NotANetworkId(string property, string value, string prefix) =>
        $"{property} includes {Quoted.Value(value)}, which is not an id; Batch takes ids such as {prefix}0123456789abcdef0, not names.";

    /// <summary>BS0130, for a launch template Id.</summary>
    public static string LaunchTemplateIdFormat(string? id) =>
        $"Id is {Quoted.Value(id)}, which is not a launch template id (lt-...); give the id, or the template's name as Name.";

    /// <summary>BS0130, for a launch template Version.</summary>
    public static string LaunchTemplateVersionFormat(string? version) => $"Version is {Quoted.Value(version)}; use $Default, $Latest or a version number.";

    /// <summary>BS0131; <paramref name="why"/> is <see cref="BestFitAllowsNoInPlaceUpdate"/> or <see cref="CustomRoleAllowsNoInPlaceUpdate"/>.</summary>
    public static string NoInPlaceUpdate(string property, string why) =>
        $"{property} has no effect: {why}, so changes replace the compute environment; remove it, or use BEST_FIT_PROGRESSIVE / SPOT_PRICE_CAPACITY_OPTIMIZED with the service-linked role.";

    /// <summary>The reason of <see cref="NoInPlaceUpdate"/> for BEST_FIT.</summary>
    public const string BestFitAllowsNoInPlaceUpdate = "AllocationStrategy BEST_FIT allows no in-place infrastructure update";

    /// <summary>The reason of <see cref="NoInPlaceUpdate"/> for a custom service role.</summary>
    public const string CustomRoleAllowsNoInPlaceUpdate =
        "a custom ServiceRole allows no in-place infrastructure update (only the AWSServiceRoleForBatch service-linked role does)";

    /// <summary>BS0131, a pinned AMI.</summary>
    public static string PinnedImage(string? imageId) =>
        $"UpdateToLatestImageVersion has no effect while an image is pinned with ImageIdOverride ({imageId}); remove one of them.";

    /// <summary>BS0132.</summary>
    public const string UnmanagedvCpusIgnored =
        "UnmanagedvCpus only matters to fair-share scheduling, and no queue with a SchedulingPolicy uses this compute environment; remove it or use it from a fair-share queue.";

    /// <summary>BS0133.</summary>
    public const string NoCapacity = "MaxvCpus is 0, so the compute environment can never run a job; raise it (or set Enabled: false to pause it).";
}
