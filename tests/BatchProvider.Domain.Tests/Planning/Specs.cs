using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Domain.Tests.Planning;

/// <summary>Hand-built desired states (the spec parser is written elsewhere): small, explicit, immutable.</summary>
internal static class Specs
{
    public const string Stack = "s";
    public const string ArnPrefix = "arn:aws:batch:us-east-1:123456789012";
    public const string ServiceLinkedRole = "arn:aws:iam::123456789012:role/aws-service-role/batch.amazonaws.com/AWSServiceRoleForBatch";

    public static DesiredState Empty => new(Stack, [], [], [], [], new DesiredOptions(0));

    public static ValidatedSpec Validated(this DesiredState desired) => ValidatedSpec.Trusted(desired, []);

    public static DesiredState With(this DesiredState s, DesiredComputeEnvironment ce) =>
        s with { ComputeEnvironments = Replace(s.ComputeEnvironments, ce, c => c.Id == ce.Id) };

    public static DesiredState With(this DesiredState s, DesiredJobQueue q) =>
        s with { JobQueues = Replace(s.JobQueues, q, x => x.Id == q.Id) };

    public static DesiredState With(this DesiredState s, DesiredSchedulingPolicy p) =>
        s with { SchedulingPolicies = Replace(s.SchedulingPolicies, p, x => x.Id == p.Id) };

    public static DesiredState With(this DesiredState s, DesiredJobDefinition j) =>
        s with { JobDefinitions = Replace(s.JobDefinitions, j, x => x.Id == j.Id) };

    public static DesiredState Keeping(this DesiredState s, int revisions) => s with { Options = new DesiredOptions(revisions) };

    private static ImmutableArray<T> Replace<T>(ImmutableArray<T> items, T item, Func<T, bool> same) =>
        items.Any(same) ? [.. items.Select(x => same(x) ? item : x)] : items.Add(item);

    public static IReadOnlyDictionary<string, string> Tags(string id, string family, params (string Key, string Value)[] extra) =>
        OwnershipTags.For(Stack, id, family).AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)));

    public static string Name(string id) => $"{Stack}-{id}";

    /// <summary>A VALID compute environment called <paramref name="name"/> that carries another stack's ownership tag (or none).</summary>
    public static BatchApi.ComputeEnvironmentDetail ForeignComputeEnvironment(string name, IReadOnlyDictionary<string, string>? tags = null) => new()
    {
        ComputeEnvironmentName = name,
        ComputeEnvironmentArn = $"{ArnPrefix}:compute-environment/{name}",
        Type = "MANAGED",
        State = "ENABLED",
        Status = "VALID",
        ComputeResources = new BatchApi.ComputeResource { Type = "FARGATE", MaxvCpus = 4 },
        Tags = new Dictionary<string, string>(tags ?? new Dictionary<string, string> { ["batchprovider:stack"] = "other" }),
    };

    public static DesiredComputeEnvironment Ec2(string id, string? strategy = "BEST_FIT_PROGRESSIVE", int maxvCpus = 64,
        string[]? instanceTypes = null, string type = "EC2", UpdatePolicy? updatePolicy = null, int? desiredvCpus = null) =>
        new(id, Name(id), "ManagedEc2", new CreateComputeEnvironmentRequest
        {
            ComputeEnvironmentName = Name(id),
            Type = "MANAGED",
            State = "ENABLED",
            ComputeResources = new ComputeResource
            {
                Type = type,
                AllocationStrategy = strategy,
                MinvCpus = 0,
                MaxvCpus = maxvCpus,
                DesiredvCpus = desiredvCpus,
                InstanceTypes = instanceTypes ?? ["optimal"],
                Subnets = ["subnet-1", "subnet-2"],
                SecurityGroupIds = ["sg-1"],
                InstanceRole = "ecsInstanceRole",
                SpotIamFleetRole = type == "SPOT" && strategy == "BEST_FIT" ? "arn:aws:iam::123456789012:role/fleet" : null,
            },
            Tags = Tags(id, "ComputeEnvironment"),
        }, updatePolicy, null);

    public static DesiredComputeEnvironment Eks(string id, string cluster = "arn:aws:eks:us-east-1:123456789012:cluster/c1", int maxvCpus = 64) =>
        new(id, Name(id), "ManagedEks", new CreateComputeEnvironmentRequest
        {
            ComputeEnvironmentName = Name(id),
            Type = "MANAGED",
            State = "ENABLED",
            EksConfiguration = new EksConfiguration { EksClusterArn = cluster, KubernetesNamespace = "batch" },
            ComputeResources = new ComputeResource
            {
                Type = "EC2",
                AllocationStrategy = "BEST_FIT_PROGRESSIVE",
                MinvCpus = 0,
                MaxvCpus = maxvCpus,
                InstanceTypes = ["m5.large"],
                Subnets = ["subnet-1"],
                SecurityGroupIds = ["sg-1"],
                InstanceRole = "eksInstanceRole",
            },
            Tags = Tags(id, "ComputeEnvironment"),
        }, null, null);

    public static DesiredComputeEnvironment Fargate(string id, int maxvCpus = 16, string[]? subnets = null, UpdatePolicy? updatePolicy = null) =>
        new(id, Name(id), "Fargate", new CreateComputeEnvironmentRequest
        {
            ComputeEnvironmentName = Name(id),
            Type = "MANAGED",
            State = "ENABLED",
            ComputeResources = new ComputeResource
            {
                Type = "FARGATE",
                MaxvCpus = maxvCpus,
                Subnets = subnets ?? ["subnet-1"],
                SecurityGroupIds = ["sg-1"],
            },
            Tags = Tags(id, "ComputeEnvironment"),
        }, updatePolicy, true);

    public static DesiredComputeEnvironment Unmanaged(string id, int vcpus = 8) =>
        new(id, Name(id), "Unmanaged", new CreateComputeEnvironmentRequest
        {
            ComputeEnvironmentName = Name(id),
            Type = "UNMANAGED",
            State = "ENABLED",
            UnmanagedvCpus = vcpus,
            Tags = Tags(id, "ComputeEnvironment"),
        }, null, null);

    public static DesiredSchedulingPolicy Policy(string id, double weight = 1.0) =>
        new(id, Name(id), new CreateSchedulingPolicyRequest
        {
            Name = Name(id),
            FairsharePolicy = new FairsharePolicy
            {
                ShareDecaySeconds = 3600,
                ShareDistribution = [new ShareAttributes { ShareIdentifier = "team", WeightFactor = weight }],
            },
            Tags = Tags(id, "SchedulingPolicy"),
        });

    public static DesiredJobQueue Queue(string id, string[] computeEnvironmentIds, string? policyId = null, int priority = 1) =>
        new(id, Name(id), new CreateJobQueueRequest
        {
            JobQueueName = Name(id),
            State = "ENABLED",
            Priority = priority,
            ComputeEnvironmentOrder = [.. computeEnvironmentIds.Select((c, i) => new ComputeEnvironmentOrder { Order = i + 1, ComputeEnvironment = Name(c) })],
            SchedulingPolicyArn = policyId is null ? null : Name(policyId),
            Tags = Tags(id, "JobQueue"),
        }, [.. computeEnvironmentIds.Select((c, i) => new QueueComputeEnvironment(c, null, i + 1))], policyId, null);

    public static DesiredJobDefinition JobDefinition(string id, string image = "busybox:1", int vcpus = 1) =>
        new(id, Name(id), "Container", new RegisterJobDefinitionRequest
        {
            JobDefinitionName = Name(id),
            Type = "container",
            ContainerProperties = new ContainerProperties
            {
                Image = image,
                Command = ["echo", "hi"],
                ResourceRequirements =
                [
                    new ResourceRequirement { Type = "VCPU", Value = vcpus.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new ResourceRequirement { Type = "MEMORY", Value = "2048" },
                ],
            },
            Tags = Tags(id, "JobDefinition"),
        });
}
