namespace BatchProvider.Domain.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>RetryAttempts outside 1 to 10.</summary>
    public const string RetryAttemptsOutOfRange = "BS0401";

    /// <summary>More than 5 RetryStrategies (Batch's evaluateOnExit limit).</summary>
    public const string TooManyRetryStrategies = "BS0402";

    /// <summary>RetryStrategies without RetryAttempts (Batch requires attempts with evaluateOnExit).</summary>
    public const string RetryStrategiesWithoutAttempts = "BS0403";

    /// <summary>An OnExitCode, OnReason or OnStatusReason pattern Batch rejects (characters, trailing '*', 512 chars).</summary>
    public const string InvalidRetryPattern = "BS0404";

    /// <summary>A retry strategy with both a named On reason and custom patterns.</summary>
    public const string RetryConditionConflict = "BS0405";

    /// <summary>A retry strategy without any condition.</summary>
    public const string RetryConditionMissing = "BS0406";

    /// <summary>Timeout below Batch's 60 seconds.</summary>
    public const string TimeoutTooShort = "BS0407";

    /// <summary>SchedulingPriority outside 0 to 9999.</summary>
    public const string SchedulingPriorityOutOfRange = "BS0408";

    /// <summary>A Fargate-only property on an EC2 job (FargatePlatformVersion, AssignPublicIp, EphemeralStorage, RuntimePlatform).</summary>
    public const string FargateOnlyProperty = "BS0409";

    /// <summary>A property Fargate does not support (Gpus, Privileged, Ulimits, InstanceType, devices, swap, shared memory, tmpfs, host volumes).</summary>
    public const string NotOnFargate = "BS0410";

    /// <summary>A Fargate job without ExecutionRole.</summary>
    public const string FargateExecutionRoleMissing = "BS0411";

    /// <summary>A vCPU/memory pair outside Fargate's matrix.</summary>
    public const string FargateResourceCombination = "BS0412";

    /// <summary>EphemeralStorage outside 21 to 200 GiB.</summary>
    public const string EphemeralStorageOutOfRange = "BS0413";

    /// <summary>A log driver Fargate does not support.</summary>
    public const string FargateLogDriver = "BS0414";

    /// <summary>A property the job cannot run without (Image, Vcpus, Memory, containers).</summary>
    public const string JobPropertyRequired = "BS0415";

    /// <summary>EC2 vCPUs below 1 or not a whole number.</summary>
    public const string Ec2VcpusInvalid = "BS0416";

    /// <summary>Memory below Batch's 4 MiB.</summary>
    public const string MemoryTooSmall = "BS0417";

    /// <summary>An environment variable name starting with AWS_BATCH (reserved by Batch).</summary>
    public const string ReservedEnvironmentName = "BS0418";

    /// <summary>An image name longer than 255 characters or with characters Batch rejects.</summary>
    public const string InvalidImage = "BS0419";

    /// <summary>A property Windows containers do not support.</summary>
    public const string WindowsRestriction = "BS0420";

    /// <summary>Swappiness outside 0 to 100, or without MaxSwap.</summary>
    public const string SwappinessInvalid = "BS0421";

    /// <summary>A ulimit without both limits or with soft above hard.</summary>
    public const string UlimitInvalid = "BS0422";

    /// <summary>An EFS volume whose access point, IAM or root directory settings conflict.</summary>
    public const string EfsConfiguration = "BS0423";

    /// <summary>A mount point naming a volume the job does not declare.</summary>
    public const string UnknownVolume = "BS0424";

    /// <summary>A secret ValueFrom that is neither a Secrets Manager/SSM ARN nor an SSM parameter name.</summary>
    public const string InvalidSecretReference = "BS0425";

    /// <summary>MainNode not below NumNodes.</summary>
    public const string MainNodeOutOfRange = "BS0426";

    /// <summary>A node range that is not "a:b", "a:", ":b" or "a", or lies outside 0 to NumNodes-1.</summary>
    public const string InvalidNodeRange = "BS0427";

    /// <summary>Nodes of a multi-node job that no range covers.</summary>
    public const string NodesUncovered = "BS0428";

    /// <summary>Two node ranges covering the same node.</summary>
    public const string NodeRangesOverlap = "BS0429";

    /// <summary>Node groups of one multi-node job using different instance types.</summary>
    public const string MultipleInstanceTypes = "BS0430";

    /// <summary>A multi-node job on Fargate.</summary>
    public const string MultiNodeOnFargate = "BS0431";

    /// <summary>More than 10 containers or 10 init containers in an EKS pod.</summary>
    public const string EksTooManyContainers = "BS0432";

    /// <summary>Two containers of one EKS pod with the same name.</summary>
    public const string EksDuplicateContainerName = "BS0433";

    /// <summary>EKS container resources Batch rejects (memory not whole Mi, limits differ from requests, cpu steps).</summary>
    public const string EksResources = "BS0434";

    /// <summary>An EKS namespace Batch rejects.</summary>
    public const string EksNamespace = "BS0435";

    /// <summary>An EKS volume without exactly one of EmptyDir, HostPath or Secret.</summary>
    public const string EksVolumeSource = "BS0436";

    /// <summary>A volume with both HostPath and Efs.</summary>
    public const string VolumeSourceConflict = "BS0437";

    /// <summary>Warning: propagated tags that may push a job past 50 tags (the job then fails).</summary>
    public const string PropagatedTagsMayExceedLimit = "BS0438";

    /// <summary>Warning: a Ref::name in a command without a default in Parameters.</summary>
    public const string UndefinedParameter = "BS0439";

    /// <summary>A RegisterJobDefinition request above Batch's 24 KiB.</summary>
    public const string RequestTooLarge = "BS0440";

    /// <summary>Warning: no queue of this stack has a compute environment that could run the job.</summary>
    public const string NoQueueCanRun = "BS0441";

    /// <summary>Warning: memory so close to an instance's whole RAM that the job never leaves RUNNABLE.</summary>
    public const string MemoryFillsInstance = "BS0442";

    /// <summary>A count or size outside what Batch accepts (Gpus, NumNodes, ports, sizes).</summary>
    public const string JobValueOutOfRange = "BS0443";

    /// <summary>Two volumes with the same name.</summary>
    public const string DuplicateVolumeName = "BS0444";

    /// <summary>An EKS volume mount naming a pod volume that does not exist.</summary>
    public const string EksUnknownVolume = "BS0445";

    /// <summary>A runtime platform Batch rejects (Windows on ARM64).</summary>
    public const string RuntimePlatformInvalid = "BS0446";

    /// <summary>An environment variable defined twice (in Environment and Secrets).</summary>
    public const string DuplicateEnvironmentName = "BS0447";

    /// <summary>InstanceType on a single-node job, where Batch does not accept it.</summary>
    public const string InstanceTypeOnlyForMultiNode = "BS0448";
}
