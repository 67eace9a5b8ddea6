using BatchProvider.Domain.BatchApi;
using KeyValuePair = BatchProvider.Domain.BatchApi.KeyValuePair;

namespace BatchProvider.Domain.Tests.Remediation;

/// <summary>
/// What DescribeJobs reports for a job submitted with a request against a job definition, per the SubmitJob reference:
/// an override replaces the definition's value; environment variables merge by name and resource requirements by type
/// (the override wins); parameters merge, the request winning; node overrides apply to the range they target; EKS
/// container overrides apply to the container of the same name. Batch adds AWS_BATCH_* variables of its own, which
/// differ from job to job.
/// </summary>
internal static class DescribedJob
{
    public const long CreatedAt = 1_767_225_600_000;

    public static JobDetail Of(JobDefinition definition, SubmitJobRequest request, string jobId) => new()
    {
        JobId = jobId,
        JobArn = $"arn:aws:batch:us-east-1:123456789012:job/{jobId}",
        JobName = request.JobName,
        JobQueue = request.JobQueue,
        Status = "RUNNABLE",
        CreatedAt = CreatedAt,
        JobDefinition = definition.JobDefinitionArn,
        ShareIdentifier = request.ShareIdentifier,
        SchedulingPriority = request.SchedulingPriorityOverride ?? definition.SchedulingPriority,
        Parameters = Merge(definition.Parameters, request.Parameters),
        RetryStrategy = request.RetryStrategy ?? definition.RetryStrategy,
        Timeout = request.Timeout ?? definition.Timeout,
        PropagateTags = request.PropagateTags ?? definition.PropagateTags,
        Tags = request.Tags,
        DependsOn = request.DependsOn,
        ArrayProperties = request.ArrayProperties?.Size is { } size
            ? new ArrayPropertiesDetail { Size = size, StatusSummary = new Dictionary<string, int> { ["RUNNABLE"] = size } }
            : null,
        PlatformCapabilities = definition.PlatformCapabilities,
        Container = definition.ContainerProperties is { } c ? Container(c, request.ContainerOverrides, jobId, request.JobQueue) : null,
        NodeProperties = definition.NodeProperties is { } n ? Nodes(n, request.NodeOverrides) : null,
        EksProperties = definition.EksProperties?.PodProperties is { } pod ? new EksPropertiesDetail { PodProperties = Pod(pod, request.EksPropertiesOverride?.PodProperties, jobId) } : null,
    };

    private static ContainerDetail Container(ContainerProperties d, ContainerOverrides? o, string jobId, string? queue) => new()
    {
        Image = d.Image,
        JobRoleArn = d.JobRoleArn,
        Command = o?.Command ?? d.Command,
        Environment = [.. MergeBy(d.Environment, o?.Environment, e => e.Name) ?? [], .. BatchVariables(jobId, queue).Select(v => new KeyValuePair { Name = v.Name, Value = v.Value })],
        ResourceRequirements = MergeBy(d.ResourceRequirements, o?.ResourceRequirements, r => r.Type),
    };

    private static ContainerProperties Merge(ContainerProperties d, ContainerOverrides? o) => o is null ? d : d with
    {
        Command = o.Command ?? d.Command,
        Environment = MergeBy(d.Environment, o.Environment, e => e.Name),
        ResourceRequirements = MergeBy(d.ResourceRequirements, o.ResourceRequirements, r => r.Type),
        InstanceType = o.InstanceType ?? d.InstanceType,
    };

    private static NodeProperties Nodes(NodeProperties d, NodeOverrides? o) => d with
    {
        NumNodes = o?.NumNodes ?? d.NumNodes,
        NodeRangeProperties = [.. (d.NodeRangeProperties ?? []).Select(r => o?.NodePropertyOverrides?.LastOrDefault(x => x.TargetNodes == r.TargetNodes) is { } x
            ? r with
            {
                Container = r.Container is { } c ? Merge(c, x.ContainerOverrides) : null,
                InstanceTypes = x.InstanceTypes ?? r.InstanceTypes,
                ConsumableResourceProperties = x.ConsumableResourcePropertiesOverride ?? r.ConsumableResourceProperties,
            }
            : r)],
    };

    private static EksPodPropertiesDetail Pod(EksPodProperties d, EksPodPropertiesOverride? o, string jobId) => new()
    {
        ServiceAccountName = d.ServiceAccountName,
        HostNetwork = d.HostNetwork,
        Containers = d.Containers?.Select(c => EksContainer(c, o?.Containers?.LastOrDefault(x => x.Name == c.Name), jobId)).ToList(),
        InitContainers = d.InitContainers?.Select(c => EksContainer(c, o?.InitContainers?.LastOrDefault(x => x.Name == c.Name), jobId)).ToList(),
        Metadata = d.Metadata is null && o?.Metadata is null ? null : new EksMetadata
        {
            Labels = Merge(d.Metadata?.Labels, o?.Metadata?.Labels),
            Annotations = Merge(d.Metadata?.Annotations, o?.Metadata?.Annotations),
            Namespace = o?.Metadata?.Namespace ?? d.Metadata?.Namespace,
        },
    };

    private static EksContainerDetail EksContainer(EksContainer d, EksContainerOverride? o, string jobId) => new()
    {
        Name = d.Name,
        Image = o?.Image ?? d.Image,
        Command = o?.Command ?? d.Command,
        Args = o?.Args ?? d.Args,
        Env = [.. MergeBy(d.Env, o?.Env, e => e.Name) ?? [], .. BatchVariables(jobId, null).Select(v => new EksContainerEnvironmentVariable { Name = v.Name, Value = v.Value })],
        Resources = o?.Resources ?? d.Resources,
    };

    private static IEnumerable<(string Name, string Value)> BatchVariables(string jobId, string? queue) =>
        [("AWS_BATCH_JOB_ID", jobId), ("AWS_BATCH_JQ_NAME", queue ?? ""), ("AWS_BATCH_JOB_ATTEMPT", "1")];

    private static IReadOnlyDictionary<string, string>? Merge(IReadOnlyDictionary<string, string>? d, IReadOnlyDictionary<string, string>? o)
    {
        if (d is null && o is null) return null;
        var merged = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in d ?? new Dictionary<string, string>()) merged[k] = v;
        foreach (var (k, v) in o ?? new Dictionary<string, string>()) merged[k] = v;
        return merged;
    }

    // The definition's order, an overridden item in its place, new items after.
    private static IReadOnlyList<T>? MergeBy<T>(IReadOnlyList<T>? d, IReadOnlyList<T>? o, Func<T, string?> key)
    {
        if (o is null) return d;
        if (d is null) return o;
        var overrides = o.ToDictionary(x => key(x) ?? "", StringComparer.Ordinal);
        return [.. d.Select(x => overrides.GetValueOrDefault(key(x) ?? "") ?? x), .. o.Where(x => !d.Any(y => key(y) == key(x)))];
    }
}
