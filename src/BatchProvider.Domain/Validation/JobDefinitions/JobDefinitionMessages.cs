using BatchProvider.Domain.Diagnostics;
using System.Globalization;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>
/// Every job-definition message text, in one catalog (NodaTime's TextErrorMessages): each says what is wrong and what
/// would be valid; the path travels separately in the diagnostic.
/// </summary>
public static class JobDefinitionMessages
{
    private static string N(decimal v) => v.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>BS0401.</summary>
    public static string RetryAttemptsOutOfRange(long value) => $"RetryAttempts is {value}; use a value from 1 to 10.";

    /// <summary>BS0402.</summary>
    public static string TooManyRetryStrategies(int count) => $"RetryStrategies has {count} entries; Batch evaluates at most 5, so merge or remove {count - 5}.";

    /// <summary>BS0403.</summary>
    public const string RetryStrategiesWithoutAttempts = "RetryStrategies needs RetryAttempts (1 to 10): Batch ignores exit conditions without a number of attempts.";

    /// <summary>BS0404, for OnExitCode.</summary>
    public static string InvalidExitCodePattern(string pattern) =>
        $"{Quoted.Value(pattern)} is not a valid OnExitCode; use up to 512 digits, optionally ending with '*', such as \"137\" or \"40*\".";

    /// <summary>BS0404, for OnReason and OnStatusReason.</summary>
    public static string InvalidReasonPattern(string property, string pattern) =>
        $"{Quoted.Value(pattern)} is not a valid {property}; use up to 512 letters, digits, '.', ':' and spaces, optionally ending with '*', such as \"Host EC2*\".";

    /// <summary>BS0405.</summary>
    public const string RetryConditionConflict = "On names a reason by itself; remove On, or remove OnExitCode, OnReason and OnStatusReason.";

    /// <summary>BS0406.</summary>
    public const string RetryConditionMissing = "A retry strategy needs a condition: On (SPOT_INSTANCE_RECLAIMED, CANNOT_PULL_CONTAINER, NON_ZERO_EXIT_CODE, ...) or OnExitCode, OnReason, OnStatusReason.";

    /// <summary>BS0407.</summary>
    public static string TimeoutTooShort(long seconds) => $"Timeout is {seconds}s; Batch needs at least 60s (1m).";

    /// <summary>BS0408.</summary>
    public static string SchedulingPriorityOutOfRange(long value) => $"SchedulingPriority is {value}; use a value from 0 to 9999.";

    /// <summary>BS0409.</summary>
    public static string FargateOnlyProperty(string property) => $"{property} applies only to Fargate jobs; remove it or set Platform: FARGATE.";

    /// <summary>BS0410.</summary>
    public static string NotOnFargate(string property) => $"{property} is not supported on Fargate; remove it or set Platform: EC2.";

    /// <summary>BS0411.</summary>
    public const string FargateExecutionRoleMissing = "ExecutionRole is required for a Fargate job; give the ARN of an ECS task execution role (it pulls the image and writes logs).";

    /// <summary>BS0412, naming the memory values valid for the given vCPUs.</summary>
    public static string FargateMemoryNotValid(decimal vcpus, long memoryMiB, IReadOnlyList<long> valid) =>
        $"Memory {memoryMiB} MiB is not valid with {N(vcpus)} vCPU on Fargate; use one of {FormatMiB(valid)}.";

    /// <summary>BS0412, for vCPUs Fargate does not offer.</summary>
    public static string FargateVcpusNotValid(decimal vcpus, IEnumerable<decimal> valid) =>
        $"Vcpus {N(vcpus)} is not offered by Fargate; use one of {string.Join(", ", valid.Select(N))}.";

    /// <summary>BS0413.</summary>
    public static string EphemeralStorageOutOfRange(long gib) => $"EphemeralStorage is {gib} GiB; use 21 to 200 GiB (Fargate gives 20 GiB without it).";

    /// <summary>BS0414.</summary>
    public static string FargateLogDriver(string driver) => $"Log driver {Quoted.Value(driver)} is not supported on Fargate; use awslogs, splunk or awsfirelens.";

    /// <summary>BS0415.</summary>
    public static string Required(string property, string whatIsValid) => $"{property} is required; {whatIsValid}.";

    /// <summary>BS0416.</summary>
    public static string Ec2VcpusInvalid(decimal vcpus) => $"Vcpus is {N(vcpus)}; EC2 jobs need a whole number of at least 1 (fractions such as 0.25 exist only on Fargate).";

    /// <summary>BS0417.</summary>
    public static string MemoryTooSmall(long mib) => $"Memory is {mib} MiB; Batch needs at least 4 MiB.";

    /// <summary>BS0418.</summary>
    public static string ReservedEnvironmentName(string name) => $"{Quoted.Value(name)} starts with AWS_BATCH, which Batch reserves for its own variables; rename it.";

    /// <summary>BS0419.</summary>
    public static string InvalidImage(string image) =>
        $"{Quoted.Value(image)} is not a valid image; use up to 255 letters, digits, '-', '_', ':', '.', '/', '#' and '@', such as public.ecr.aws/amazonlinux/amazonlinux:2023.";

    /// <summary>BS0420.</summary>
    public static string WindowsRestriction(string property) => $"{property} is not supported by Windows containers; remove it or use OperatingSystemFamily LINUX.";

    /// <summary>BS0421, for the range.</summary>
    public static string SwappinessOutOfRange(long value) => $"Swappiness is {value}; use a value from 0 to 100.";

    /// <summary>BS0421, without MaxSwap.</summary>
    public const string SwappinessWithoutMaxSwap = "Swappiness is ignored without MaxSwap; add MaxSwap or remove Swappiness.";

    /// <summary>BS0422.</summary>
    public static string UlimitSoftAboveHard(string? name, long soft, long hard) => $"ulimit {Quoted.Bare(name)}: SoftLimit {soft} is above HardLimit {hard}; make SoftLimit at most {hard}.";

    /// <summary>BS0423, access point without encryption.</summary>
    public const string EfsAccessPointNeedsEncryption = "An EFS access point needs TransitEncryption: true.";

    /// <summary>BS0423, access point with a root directory.</summary>
    public static string EfsAccessPointRootDirectory(string root) => $"RootDirectory is {Quoted.Value(root)}; with an access point omit it or use \"/\" (the access point sets the directory).";

    /// <summary>BS0423, IAM without encryption.</summary>
    public const string EfsIamNeedsEncryption = "Iam: true needs TransitEncryption: true.";

    /// <summary>BS0424.</summary>
    public static string UnknownVolume(string name, IReadOnlyCollection<string> declared) =>
        declared.Count == 0
            ? $"SourceVolume {Quoted.Value(name)} names no volume; declare it under Volumes."
            : $"SourceVolume {Quoted.Value(name)} names no volume; use one of {Quoted.List(declared)}.";

    /// <summary>BS0425.</summary>
    public static string InvalidSecretReference(string valueFrom) =>
        $"ValueFrom {Quoted.Value(valueFrom)} is not a secret reference; use a Secrets Manager secret ARN, an SSM parameter ARN, or an SSM parameter name (letters, digits, '.', '-', '_', '/').";

    /// <summary>BS0426.</summary>
    public static string MainNodeOutOfRange(long mainNode, long numNodes) => $"MainNode is {mainNode}; use a node index from 0 to {numNodes - 1} (NumNodes is {numNodes}).";

    /// <summary>BS0427, syntax.</summary>
    public static string InvalidNodeRange(string range) => $"{Quoted.Value(range)} is not a node range; use \"a:b\", \"a:\", \":b\" or a single index, such as \"0:3\".";

    /// <summary>BS0427, outside the job.</summary>
    public static string NodeRangeOutside(string range, long numNodes) => $"Range {Quoted.Value(range)} reaches beyond the last node; with NumNodes {numNodes} use indexes 0 to {numNodes - 1}.";

    /// <summary>BS0427, reversed.</summary>
    public static string NodeRangeReversed(string range) => $"Range {Quoted.Value(range)} starts after it ends; write the lower index first.";

    /// <summary>BS0428.</summary>
    public static string NodesUncovered(IReadOnlyList<int> nodes, long numNodes) =>
        $"No range covers node{(nodes.Count == 1 ? "" : "s")} {FormatIndexes(nodes)}; the ranges must cover every node from 0 to {numNodes - 1}.";

    /// <summary>BS0429.</summary>
    public static string NodeRangesOverlap(string range, string other, int first, int last) =>
        $"Range {Quoted.Value(range)} overlaps {Quoted.Value(other)} on nodes {first}-{last} without containing it or lying inside it; make the ranges disjoint or nest one in the other.";

    /// <summary>BS0430.</summary>
    public static string MultipleInstanceTypes(IEnumerable<string> types) => $"Node groups use {string.Join(", ", types)}; all nodes of a multi-node job use one instance type, so give one InstanceType.";

    /// <summary>BS0431.</summary>
    public const string MultiNodeOnFargate = "MultiNode jobs cannot run on Fargate; remove Platform or use EC2.";

    /// <summary>BS0432.</summary>
    public static string EksTooManyContainers(string property, int count) => $"{property} has {count} containers; an EKS pod allows at most 10.";

    /// <summary>BS0433.</summary>
    public static string EksDuplicateContainerName(string name) => $"Container name {Quoted.Value(name)} is used twice in the pod; give each container a unique Name (an unnamed container is called \"Default\").";

    /// <summary>BS0434, memory unit.</summary>
    public static string EksMemoryNotMi(string value) => $"memory {Quoted.Value(value)} must be a whole number of Mi, such as 2048Mi.";

    /// <summary>BS0434, limits differ from requests.</summary>
    public static string EksLimitDiffersFromRequest(string resource, string limit, string request) => $"{resource}: limit {limit} differs from request {request}; Batch needs them equal for {resource}.";

    /// <summary>BS0434, cpu steps.</summary>
    public static string EksCpuNotQuarter(string value) => $"cpu {Quoted.Value(value)} must be a multiple of 0.25 vCPU, such as 0.25, 1 or 1500m.";

    /// <summary>BS0434, cpu limit below request.</summary>
    public static string EksCpuLimitBelowRequest(string limit, string request) => $"cpu limit {limit} is below the request {request}; make the limit at least the request.";

    /// <summary>BS0434, not a quantity.</summary>
    public static string EksNotAQuantity(string resource, string value) => $"{resource} {Quoted.Value(value)} is not a quantity; write it such as 1, 0.5 or 500m for cpu, 2048Mi for memory, 1 for nvidia.com/gpu.";

    /// <summary>BS0435.</summary>
    public static string EksNamespace(string ns) =>
        $"Namespace {Quoted.Value(ns)} is not allowed; use 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or digit, not \"default\" and not starting with \"kube\".";

    /// <summary>BS0436.</summary>
    public const string EksVolumeSource = "An EKS volume needs exactly one of EmptyDir, HostPath or Secret.";

    /// <summary>BS0437.</summary>
    public const string VolumeSourceConflict = "A volume is either a host path or an EFS file system; remove HostPath or Efs.";

    /// <summary>BS0438.</summary>
    public static string PropagatedTagsMayExceedLimit(int count) =>
        $"PropagateTags copies this job definition's {count} tags to every job; a job whose own tags bring the total above 50 fails, so jobs may add at most {Math.Max(0, 50 - count)}.";

    /// <summary>BS0439.</summary>
    public static string UndefinedParameter(string name) =>
        $"Ref::{Quoted.Bare(name)} has no default in Parameters; every job must then pass parameter {Quoted.Value(name)} at submission, or the literal text stays. Add {Quoted.Bare(name)} to Parameters.";

    /// <summary>BS0440.</summary>
    public static string RequestTooLarge(int bytes) => $"The job definition serializes to {bytes} bytes; Batch accepts at most 24576 (24 KiB). Shorten environment, commands or parameters.";

    /// <summary>BS0441.</summary>
    public static string NoQueueCanRun(string why) => $"No queue in this stack could run this job definition: {why}.";

    /// <summary>BS0442.</summary>
    public static string MemoryFillsInstance(long memoryMiB, string instanceType, long instanceMiB) =>
        $"Memory {memoryMiB} MiB is at least 95% of the whole RAM of {instanceType} ({instanceMiB} MiB), the largest instance its queues can launch; Batch reserves memory for the ECS agent and the OS, so the job would stay RUNNABLE. Ask for less memory or allow a larger instance type.";

    /// <summary>BS0443.</summary>
    public static string ValueOutOfRange(string property, long value, string valid) => $"{property} is {value}; {valid}.";

    /// <summary>BS0444.</summary>
    public static string DuplicateVolumeName(string name) => $"Volume name {Quoted.Value(name)} is used twice; give each volume a unique Name.";

    /// <summary>BS0445.</summary>
    public static string EksUnknownVolume(string name, IReadOnlyCollection<string> declared) =>
        declared.Count == 0 ? $"Volume mount {Quoted.Value(name)} names no pod volume; declare it under Volumes." : $"Volume mount {Quoted.Value(name)} names no pod volume; use one of {Quoted.List(declared)}.";

    /// <summary>BS0446.</summary>
    public const string WindowsNeedsX86 = "Windows containers run only on X86_64; set CpuArchitecture X86_64 or use OperatingSystemFamily LINUX.";

    /// <summary>BS0447.</summary>
    public static string DuplicateEnvironmentName(string name) => $"{Quoted.Value(name)} is both an environment variable and a secret; keep one.";

    /// <summary>BS0448.</summary>
    public const string InstanceTypeOnlyForMultiNode = "InstanceType applies only to MultiNode jobs; Batch does not accept it for a single-node job. Remove it and limit the compute environment's instance types instead.";

    /// <summary>BS0434, memory below Batch's minimum.</summary>
    public static string EksMemoryTooSmall(string value) => $"memory {Quoted.Value(value)} is below Batch's 4Mi minimum.";

    /// <summary>BS0434, GPUs not whole.</summary>
    public static string EksGpuNotWhole(string value) => $"nvidia.com/gpu {Quoted.Value(value)} must be a whole number of GPUs, such as 1.";

    /// <summary>BS0006, for a device permission.</summary>
    public static string InvalidDevicePermission(string permission) => $"{Quoted.Value(permission)} is not a device permission; use READ, WRITE or MKNOD.";

    private static string FormatMiB(IReadOnlyList<long> values) =>
        values.Count > 8
            ? $"{values[0]} to {values[^1]} MiB in steps of {values[1] - values[0]} MiB"
            : string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + " MiB";

    /// <summary>"1, 4-6, 9": node indexes with runs collapsed.</summary>
    public static string FormatIndexes(IReadOnlyList<int> nodes)
    {
        var parts = new List<string>();
        for (var i = 0; i < nodes.Count;)
        {
            var j = i;
            while (j + 1 < nodes.Count && nodes[j + 1] == nodes[j] + 1) j++;
            parts.Add(i == j ? nodes[i].ToString(CultureInfo.InvariantCulture) : $"{nodes[i]}-{nodes[j]}");
            i = j + 1;
        }
        return string.Join(", ", parts);
    }
}
