using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Domain.Remediation;

/// <summary>
/// The SubmitJob request that re-creates a stuck job on another queue with nothing lost. DescribeJobs reports the job
/// as it will run (definition and overrides merged), so the effective values go back in as overrides: the definition
/// revision, parameters, container/node/ECS/EKS settings, tags, share identifier, scheduling priority, timeout, retry
/// strategy, array size and dependencies. The new job carries <see cref="MarkerTag"/> with the original's id, which
/// makes a retried resubmit find the job it already submitted instead of submitting a second one.
/// </summary>
public static class ResubmitRequest
{
    /// <summary>The tag on a resubmitted job whose value is the id of the job it replaces.</summary>
    public const string MarkerTag = "batchprovider:resubmitted-from";

    /// <summary>The tag on a job BatchProvider notified about (value: the decision's cause), so a sweep notifies once.</summary>
    public const string NotifiedTag = "batchprovider:notified";

    // Batch sets AWS_BATCH_* variables itself (and reserves the prefix); sending them back would be rejected or stale.
    private const string BatchVariablePrefix = "AWS_BATCH_";

    /// <summary>The request that submits <paramref name="job"/> again to <paramref name="jobQueue"/>.</summary>
    public static SubmitJobRequest For(JobDetail job, string jobQueue)
    {
        var tags = (job.Tags ?? ImmutableDictionary<string, string>.Empty)
            .Where(t => !t.Key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase) && t.Key != NotifiedTag)
            .ToImmutableSortedDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal)
            .SetItem(MarkerTag, job.JobId ?? "");
        return new SubmitJobRequest
        {
            JobName = job.JobName,
            JobQueue = jobQueue,
            JobDefinition = job.JobDefinition,
            ShareIdentifier = job.ShareIdentifier,
            SchedulingPriorityOverride = job.SchedulingPriority,
            ArrayProperties = job.ArrayProperties?.Size is { } size ? new ArrayProperties { Size = size } : null,
            DependsOn = job.DependsOn is { Count: > 0 } deps ? deps : null,
            Parameters = job.Parameters is { Count: > 0 } p ? p : null,
            ContainerOverrides = job.NodeProperties is null && job.Container is { } c ? Container(c, withInstanceType: false) : null,
            NodeOverrides = job.NodeProperties is { } n ? Nodes(n) : null,
            EcsPropertiesOverride = job.EcsProperties?.TaskProperties is { Count: > 0 } tasks ? Ecs(tasks) : null,
            EksPropertiesOverride = job.EksProperties?.PodProperties is { } pod ? Eks(pod) : null,
            RetryStrategy = job.RetryStrategy,
            PropagateTags = job.PropagateTags,
            Timeout = job.Timeout,
            Tags = tags,
            ConsumableResourcePropertiesOverride = job.ConsumableResourceProperties,
        };
    }

    private static ContainerOverrides Container(ContainerDetail c, bool withInstanceType) => new()
    {
        Command = c.Command,
        Environment = UserVariables(c.Environment),
        // vCPU may be given in vcpus or in resourceRequirements, never both (API ContainerDetail).
        Vcpus = c.ResourceRequirements?.Any(r => r.Type == "VCPU") == true ? null : c.Vcpus,
        Memory = c.ResourceRequirements?.Any(r => r.Type == "MEMORY") == true ? null : c.Memory,
        ResourceRequirements = c.ResourceRequirements is { Count: > 0 } r ? r : null,
        InstanceType = withInstanceType ? c.InstanceType : null,
    };

    private static ContainerOverrides Container(ContainerProperties c) => new()
    {
        Command = c.Command,
        Environment = UserVariables(c.Environment),
        Vcpus = c.ResourceRequirements?.Any(r => r.Type == "VCPU") == true ? null : c.Vcpus,
        Memory = c.ResourceRequirements?.Any(r => r.Type == "MEMORY") == true ? null : c.Memory,
        ResourceRequirements = c.ResourceRequirements is { Count: > 0 } r ? r : null,
        InstanceType = c.InstanceType,
    };

    private static NodeOverrides Nodes(NodeProperties n) => new()
    {
        NumNodes = n.NumNodes,
        NodePropertyOverrides = n.NodeRangeProperties is { Count: > 0 } ranges
            ? [.. ranges.Select(r => new NodePropertyOverride
            {
                TargetNodes = r.TargetNodes,
                ContainerOverrides = r.Container is { } c ? Container(c) : null,
                InstanceTypes = r.InstanceTypes,
                ConsumableResourcePropertiesOverride = r.ConsumableResourceProperties,
            })]
            : null,
    };

    private static EcsPropertiesOverride Ecs(IReadOnlyList<EcsTaskDetails> tasks) => new()
    {
        TaskProperties = [.. tasks.Select(t => new TaskPropertiesOverride
        {
            Containers = t.Containers is { } cs
                ? [.. cs.Select(c => new TaskContainerOverrides { Name = c.Name, Command = c.Command, Environment = UserVariables(c.Environment), ResourceRequirements = c.ResourceRequirements })]
                : null,
        })],
    };

    private static EksPropertiesOverride Eks(EksPodPropertiesDetail pod) => new()
    {
        PodProperties = new EksPodPropertiesOverride
        {
            Containers = pod.Containers is { } cs ? [.. cs.Select(EksContainer)] : null,
            InitContainers = pod.InitContainers is { Count: > 0 } init ? [.. init.Select(EksContainer)] : null,
            Metadata = pod.Metadata,
        },
    };

    private static EksContainerOverride EksContainer(EksContainerDetail c) => new()
    {
        Name = c.Name,
        Image = c.Image,
        Command = c.Command,
        Args = c.Args,
        Env = c.Env?.Where(e => e.Name?.StartsWith(BatchVariablePrefix, StringComparison.Ordinal) != true).ToList() is { Count: > 0 } env ? env : null,
        Resources = c.Resources,
    };

    private static IReadOnlyList<BatchApi.KeyValuePair>? UserVariables(IReadOnlyList<BatchApi.KeyValuePair>? environment) =>
        environment?.Where(e => e.Name?.StartsWith(BatchVariablePrefix, StringComparison.Ordinal) != true).ToList() is { Count: > 0 } user ? user : null;
}
