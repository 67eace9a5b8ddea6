using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;

namespace BatchProvider.Domain.Tests.Remediation;

/// <summary>Jobs, compute environments and queues as DescribeJobs/DescribeComputeEnvironments report them, for the diagnosis tables.</summary>
internal static class RemediationData
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    public const string QueueArn = "arn:aws:batch:us-east-1:123456789012:job-queue/t-q";

    public static ComputeEnvironmentDetail Ce(string name = "ce", string type = "EC2", string state = "ENABLED", string status = "VALID",
        string[]? instanceTypes = null, int maxvCpus = 256, string? instanceRole = null, int? bid = null, string? imageType = null, string? statusReason = null, bool eks = false) => new()
    {
        ComputeEnvironmentName = name,
        ComputeEnvironmentArn = $"arn:aws:batch:us-east-1:123456789012:compute-environment/{name}",
        Type = "MANAGED",
        State = state,
        Status = status,
        StatusReason = statusReason,
        EksConfiguration = eks ? new EksConfiguration { EksClusterArn = "arn:aws:eks:us-east-1:123456789012:cluster/c", KubernetesNamespace = "batch" } : null,
        ComputeResources = new ComputeResource
        {
            Type = type,
            MaxvCpus = maxvCpus,
            InstanceTypes = type.StartsWith("FARGATE", StringComparison.Ordinal) ? null : instanceTypes ?? ["optimal"],
            InstanceRole = type.StartsWith("FARGATE", StringComparison.Ordinal) ? null : instanceRole ?? "arn:aws:iam::123456789012:instance-profile/ecsInstanceRole",
            BidPercentage = bid,
            Ec2Configuration = imageType is null ? null : [new Ec2Configuration { ImageType = imageType }],
        },
    };

    public static JobDetail Job(decimal vcpus = 1, long memory = 2048, int gpus = 0, string platform = "EC2", bool multiNode = false,
        string? architecture = null, string? statusReason = null, TimeSpan? age = null, string id = "job-1", string status = "RUNNABLE")
    {
        List<ResourceRequirement> needs = [new() { Type = "VCPU", Value = vcpus.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new() { Type = "MEMORY", Value = memory.ToString(System.Globalization.CultureInfo.InvariantCulture) }];
        if (gpus > 0) needs.Add(new() { Type = "GPU", Value = gpus.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var container = new ContainerDetail
        {
            Image = "busybox",
            ResourceRequirements = needs,
            RuntimePlatform = architecture is null ? null : new RuntimePlatform { CpuArchitecture = architecture, OperatingSystemFamily = "LINUX" },
        };
        return new JobDetail
        {
            JobId = id,
            JobArn = $"arn:aws:batch:us-east-1:123456789012:job/{id}",
            JobName = "name-" + id,
            JobQueue = QueueArn,
            Status = status,
            StatusReason = statusReason,
            CreatedAt = (Now - (age ?? TimeSpan.FromHours(2))).ToUnixTimeMilliseconds(),
            JobDefinition = "arn:aws:batch:us-east-1:123456789012:job-definition/t-jd:3",
            PlatformCapabilities = [platform],
            Container = multiNode ? null : container,
            NodeProperties = multiNode ? new NodeProperties { NumNodes = 2, MainNode = 0, NodeRangeProperties = [new NodeRangeProperty { TargetNodes = "0:", Container = new ContainerProperties { Image = "busybox", ResourceRequirements = needs } }] } : null,
        };
    }

    public static QueueView Queue(IEnumerable<ComputeEnvironmentDetail> ces, long afterSeconds = 1800, StuckJobAction action = StuckJobAction.Cancel, QueueHead? head = null) =>
        new(new JobQueueDetail { JobQueueArn = QueueArn, JobQueueName = "t-q", State = "ENABLED", Status = "VALID" }, [.. ces], new StuckJobsPolicy(afterSeconds, action, null), head);
}
