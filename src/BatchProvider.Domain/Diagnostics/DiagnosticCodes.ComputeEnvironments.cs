namespace BatchProvider.Domain.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>MinvCpus greater than MaxvCpus, or a negative vCPU count.</summary>
    public const string CeVcpuBounds = "BS0101";

    /// <summary>DesiredvCpus outside MinvCpus..MaxvCpus.</summary>
    public const string CeDesiredOutOfBounds = "BS0102";

    /// <summary>DesiredvCpus set: Batch manages it and rejects later decreases (warning; an error for EKS).</summary>
    public const string CeDesiredvCpusSet = "BS0103";

    /// <summary>An allocation strategy that does not fit the purchase option (SPOT_* without Spot, BEST_FIT_PROGRESSIVE_ORDERED with Spot, BEST_FIT on EKS).</summary>
    public const string CeAllocationStrategy = "BS0104";

    /// <summary>SpotBidPercentage without Spot.</summary>
    public const string CeBidPercentageWithoutSpot = "BS0105";

    /// <summary>Spot with BEST_FIT needs a SpotFleetRole.</summary>
    public const string CeSpotFleetRoleRequired = "BS0106";

    /// <summary>SpotFleetRole without Spot.</summary>
    public const string CeSpotFleetRoleWithoutSpot = "BS0107";

    /// <summary>MinvCpus above 0 keeps instances (and costs) while idle (warning).</summary>
    public const string CeIdleCapacity = "BS0108";

    /// <summary>An invalid Kubernetes namespace.</summary>
    public const string CeEksNamespace = "BS0109";

    /// <summary>An EksCluster that is not an EKS cluster ARN.</summary>
    public const string CeEksClusterArn = "BS0110";

    /// <summary>Too many (or no) security groups.</summary>
    public const string CeSecurityGroupCount = "BS0111";

    /// <summary>Too many (or no) subnets.</summary>
    public const string CeSubnetCount = "BS0112";

    /// <summary>An image entry that does not fit the kind (ECS image on EKS, KubernetesVersion on ECS, duplicates, more than 2).</summary>
    public const string CeImage = "BS0113";

    /// <summary>AL2023 images do not support A1 instances.</summary>
    public const string CeAl2023A1 = "BS0114";

    /// <summary>ECS_AL2023_NVIDIA does not support p3 and g3 instances.</summary>
    public const string CeNvidiaAl2023OldGpu = "BS0115";

    /// <summary>x86_64 and arm64 instance types mixed in one environment.</summary>
    public const string CeMixedArchitectures = "BS0116";

    /// <summary>A launch template needs exactly one of Id and Name.</summary>
    public const string CeLaunchTemplateIdOrName = "BS0117";

    /// <summary>UpdatePolicy.JobExecutionTimeout outside 1..7200 whole minutes.</summary>
    public const string CeUpdatePolicyTimeout = "BS0118";

    /// <summary>InstanceRole given as an IAM role ARN instead of an instance profile.</summary>
    public const string CeInstanceRoleIsRole = "BS0119";

    /// <summary>ServiceRole given as the bare service-linked role name (aws/aws-cdk#20727).</summary>
    public const string CeServiceRoleShortName = "BS0120";

    /// <summary>No instance types at all once rendered.</summary>
    public const string CeNoInstanceTypes = "BS0121";

    /// <summary>A launch template override that cannot work.</summary>
    public const string CeLaunchTemplateOverride = "BS0122";

    /// <summary>A compute environment no queue uses (warning).</summary>
    public const string CeUnused = "BS0123";

    /// <summary>A role ARN of the wrong kind (ServiceRole or SpotFleetRole not an IAM role).</summary>
    public const string CeRoleArn = "BS0124";

    /// <summary>ScalingPolicy.MinScaleDownDelay outside 20 minutes..7 days (or 0).</summary>
    public const string CeScalingPolicyDelay = "BS0125";

    /// <summary>Batch-provided AL2 AMIs are being retired: before the cutoff, a warning that creation will stop.</summary>
    public const string CeAl2Retiring = "BS0126";

    /// <summary>A launch-template UserdataType that does not fit the kind or image.</summary>
    public const string CeUserdataType = "BS0127";

    /// <summary>More compute environments on one EKS cluster than Batch allows (warning).</summary>
    public const string CeEksClusterQuota = "BS0128";

    /// <summary>A subnet or security group that is not an id (subnet-..., sg-...).</summary>
    public const string CeNetworkId = "BS0129";

    /// <summary>A launch template Id or Version of the wrong form.</summary>
    public const string CeLaunchTemplateFormat = "BS0130";

    /// <summary>Settings that only act on in-place infrastructure updates, which this environment cannot get (warning).</summary>
    public const string CeNoInPlaceUpdates = "BS0131";

    /// <summary>UnmanagedvCpus on an environment no fair-share queue uses, where Batch ignores it (warning).</summary>
    public const string CeUnmanagedvCpusIgnored = "BS0132";

    /// <summary>MaxvCpus 0: the environment can never run a job (warning).</summary>
    public const string CeNoCapacity = "BS0133";

    /// <summary>
    /// A Batch-provided ECS AL2 AMI after the cutoff (warning): an existing compute environment keeps it, but Batch
    /// refuses to create one, which the planner reports as BS0593.
    /// </summary>
    public const string CeAl2CreationRefused = "BS0134";

    /// <summary>An InstanceTypes or InstanceClasses entry that is not an EC2 instance type, family or Batch token.</summary>
    public const string CeUnknownInstanceType = "BS0135";
}
