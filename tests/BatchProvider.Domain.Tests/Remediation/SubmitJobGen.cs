using BatchProvider.Domain.BatchApi;
using FsCheck;
using FsCheck.Fluent;
using KeyValuePair = BatchProvider.Domain.BatchApi.KeyValuePair;

namespace BatchProvider.Domain.Tests.Remediation;

/// <summary>A registered job definition and a SubmitJob request against it.</summary>
public sealed record SubmittedJob(JobDefinition Definition, SubmitJobRequest Request);

/// <summary>
/// Random job definitions (container, multi-node or EKS, each with its own defaults) and SubmitJob requests against
/// them that use every submit field: overrides of the definition's kind, parameters, tags, share identifier,
/// scheduling priority, timeout, retry strategy with evaluateOnExit, array size, dependencies and propagateTags.
/// Names come from small pools so that overrides often hit what the definition already sets.
/// </summary>
internal static class SubmitJobGen
{
    private const string Arn = "arn:aws:batch:us-east-1:123456789012";

    public static Gen<SubmittedJob> Any =>
        from kind in Gen.Elements("Container", "MultiNode", "Eks")
        from definition in Definition(kind)
        from request in Request(definition, kind)
        select new SubmittedJob(definition, request);

    private static Gen<JobDefinition> Definition(string kind) =>
        from name in Gen.Elements("train", "etl", "mpi-sim")
        from revision in Gen.Choose(1, 40)
        from parameters in Maybe(Dictionary(Gen.Elements("input", "epochs", "mode"), Gen.Elements("s3://b/k", "10", "fast")))
        from priority in MaybeInt(Gen.Choose(0, 9999))
        from retry in Maybe(Retry)
        from timeout in Maybe(Gen.Choose(60, 86_400).Select(s => new JobTimeout { AttemptDurationSeconds = s }))
        from propagate in MaybeBool
        from container in Container(withInstanceType: false)
        from ranges in Ranges
        from numNodes in Gen.Choose(2, 8)
        from pod in Pod
        select new JobDefinition
        {
            JobDefinitionName = name,
            Revision = revision,
            JobDefinitionArn = $"{Arn}:job-definition/{name}:{revision}",
            Type = kind == "MultiNode" ? "multinode" : "container",
            Parameters = parameters,
            SchedulingPriority = priority,
            RetryStrategy = retry,
            Timeout = timeout,
            PropagateTags = propagate,
            ContainerProperties = kind == "Container" ? container : null,
            NodeProperties = kind == "MultiNode" ? new NodeProperties { NumNodes = numNodes, MainNode = 0, NodeRangeProperties = ranges } : null,
            EksProperties = kind == "Eks" ? new EksProperties { PodProperties = pod } : null,
        };

    private static Gen<SubmitJobRequest> Request(JobDefinition definition, string kind) =>
        from name in Gen.Elements("nightly", "run-7", "sweep_a")
        from queue in Gen.Elements("research-gpu", $"{Arn}:job-queue/research-cpu")
        // Batch accepts the definition as name:revision or as its ARN.
        from definitionRef in Gen.Elements($"{definition.JobDefinitionName}:{definition.Revision}", definition.JobDefinitionArn!)
        from parameters in Maybe(Dictionary(Gen.Elements("input", "epochs", "seed"), Gen.Elements("s3://b/other", "3", "42")))
        from tags in Maybe(Dictionary(Gen.Elements("team", "project", "cost-center"), Gen.Elements("ml", "genomics", "42")))
        from share in Gen.Elements<string?>(null, "A", "highpri")
        from priority in MaybeInt(Gen.Choose(0, 9999))
        from timeout in Maybe(Gen.Choose(60, 86_400).Select(s => new JobTimeout { AttemptDurationSeconds = s }))
        from retry in Maybe(Retry)
        from arraySize in MaybeInt(Gen.Choose(2, 10_000))
        from dependsOn in Maybe(NonEmptyList(Dependency, 3))
        from propagate in MaybeBool
        from containerOverrides in Maybe(ContainerOverrides(withInstanceType: false))
        from nodeOverrides in Maybe(NodeOverrides(definition.NodeProperties))
        from eksOverrides in Maybe(EksOverrides(definition.EksProperties?.PodProperties))
        select new SubmitJobRequest
        {
            JobName = name,
            JobQueue = queue,
            JobDefinition = definitionRef,
            Parameters = parameters,
            Tags = tags,
            ShareIdentifier = share,
            SchedulingPriorityOverride = priority,
            Timeout = timeout,
            RetryStrategy = retry,
            ArrayProperties = arraySize is { } size ? new ArrayProperties { Size = size } : null,
            DependsOn = dependsOn,
            PropagateTags = propagate,
            ContainerOverrides = kind == "Container" ? containerOverrides : null,
            NodeOverrides = kind == "MultiNode" ? nodeOverrides : null,
            EksPropertiesOverride = kind == "Eks" ? eksOverrides : null,
        };

    private static Gen<RetryStrategy> Retry =>
        from attempts in Gen.Choose(1, 10)
        from evaluate in Maybe(NonEmptyList(
            from code in Gen.Elements<string?>(null, "1", "137", "*")
            from reason in Gen.Elements<string?>(null, "CannotPullContainerError*", "OutOfMemoryError*")
            from status in Gen.Elements<string?>(null, "Host EC2*", "Task failed to start")
            from action in Gen.Elements("RETRY", "EXIT")
            select new EvaluateOnExit { OnExitCode = code, OnReason = reason, OnStatusReason = status, Action = action }, 3))
        select new RetryStrategy { Attempts = attempts, EvaluateOnExit = evaluate };

    private static Gen<JobDependency> Dependency =>
        from id in Gen.Elements("5e1b7c2a-0000-4000-8000-000000000001", "5e1b7c2a-0000-4000-8000-000000000002", "5e1b7c2a-0000-4000-8000-000000000003")
        from type in Gen.Elements<string?>(null, "N_TO_N", "SEQUENTIAL")
        select new JobDependency { JobId = id, Type = type };

    private static Gen<IReadOnlyList<KeyValuePair>> Environment =>
        NonEmptyList(Gen.Zip(Gen.Elements("LOG_LEVEL", "DATA_DIR", "MODE", "THREADS"), Gen.Elements("debug", "/data", "1", "x")), 4)
            .Select(l => (IReadOnlyList<KeyValuePair>)[.. l.DistinctBy(e => e.Item1).Select(e => new KeyValuePair { Name = e.Item1, Value = e.Item2 })]);

    private static Gen<IReadOnlyList<ResourceRequirement>> Resources =>
        from vcpu in Gen.Elements("1", "2", "4", "16")
        from memory in Gen.Elements("2048", "4096", "30000")
        from gpu in Gen.Elements<string?>(null, "1", "4")
        select (IReadOnlyList<ResourceRequirement>)[new() { Type = "VCPU", Value = vcpu }, new() { Type = "MEMORY", Value = memory },
            .. gpu is null ? Array.Empty<ResourceRequirement>() : [new ResourceRequirement { Type = "GPU", Value = gpu }]];

    private static Gen<IReadOnlyList<string>> Command => Gen.Elements<IReadOnlyList<string>>(["python", "train.py", "Ref::epochs"], ["echo", "hi"], ["sh", "-c", "run"]);

    private static Gen<ContainerProperties> Container(bool withInstanceType) =>
        from image in Gen.Elements("public.ecr.aws/x/train:1", "busybox")
        from command in Maybe(Command)
        from environment in Maybe(Environment)
        from resources in Resources
        from instanceType in Gen.Elements<string?>(null, "m6i.large", "g5.xlarge")
        select new ContainerProperties
        {
            Image = image, Command = command, Environment = environment, ResourceRequirements = resources,
            JobRoleArn = "arn:aws:iam::123456789012:role/job", InstanceType = withInstanceType ? instanceType : null,
        };

    // A single-node job takes no instance type override (SubmitJob: "isn't applicable to single-node container jobs").
    private static Gen<ContainerOverrides> ContainerOverrides(bool withInstanceType) =>
        from command in Maybe(Command)
        from environment in Maybe(Environment)
        from resources in Maybe(Resources.Select(r => (IReadOnlyList<ResourceRequirement>)[.. r.Take(2)]))
        from instanceType in Gen.Elements<string?>(null, "c6i.4xlarge")
        select new ContainerOverrides { Command = command, Environment = environment, ResourceRequirements = resources, InstanceType = withInstanceType ? instanceType : null };

    private static Gen<IReadOnlyList<NodeRangeProperty>> Ranges =>
        from main in Container(withInstanceType: true)
        from workers in Container(withInstanceType: true)
        from instanceTypes in Gen.Elements<IReadOnlyList<string>?>(null, ["c6i.4xlarge"], ["c6i.4xlarge", "c6i.8xlarge"])
        select (IReadOnlyList<NodeRangeProperty>)[new() { TargetNodes = "0:0", Container = main }, new() { TargetNodes = "1:", Container = workers, InstanceTypes = instanceTypes }];

    private static Gen<NodeOverrides> NodeOverrides(NodeProperties? nodes) =>
        from numNodes in MaybeInt(Gen.Choose(2, 16))
        from overrides in Maybe(NonEmptyList(
            from target in Gen.Elements((nodes?.NodeRangeProperties ?? []).Select(r => r.TargetNodes ?? "0:").DefaultIfEmpty("0:").ToArray())
            from container in Maybe(ContainerOverrides(withInstanceType: true))
            from instanceTypes in Gen.Elements<IReadOnlyList<string>?>(null, ["m6i.2xlarge"])
            select new NodePropertyOverride { TargetNodes = target, ContainerOverrides = container, InstanceTypes = instanceTypes }, 2))
        select new NodeOverrides { NumNodes = numNodes, NodePropertyOverrides = overrides?.DistinctBy(o => o.TargetNodes).ToList() };

    private static Gen<EksContainer> EksContainer(string name) =>
        from image in Gen.Elements("public.ecr.aws/x/train:1", "busybox")
        from command in Maybe(Command)
        from args in Maybe(Gen.Elements<IReadOnlyList<string>>(["--epochs", "3"], ["-v"]))
        from env in Maybe(Environment.Select(e => (IReadOnlyList<EksContainerEnvironmentVariable>)[.. e.Select(v => new EksContainerEnvironmentVariable { Name = v.Name, Value = v.Value })]))
        from cpu in Gen.Elements("1", "2", "500m")
        select new EksContainer
        {
            Name = name, Image = image, Command = command, Args = args, Env = env,
            Resources = new EksContainerResourceRequirements { Limits = new Dictionary<string, string> { ["cpu"] = cpu, ["memory"] = "2048Mi" } },
        };

    private static Gen<EksPodProperties> Pod =>
        from main in EksContainer("main")
        from sidecar in Maybe(EksContainer("sidecar"))
        from init in Maybe(EksContainer("init"))
        from labels in Maybe(Dictionary(Gen.Elements("app", "tier"), Gen.Elements("train", "batch")))
        select new EksPodProperties
        {
            ServiceAccountName = "batch-jobs",
            Containers = sidecar is null ? [main] : [main, sidecar],
            InitContainers = init is null ? null : [init],
            Metadata = labels is null ? null : new EksMetadata { Labels = labels },
        };

    private static Gen<EksPropertiesOverride> EksOverrides(EksPodProperties? pod) =>
        from containers in Maybe(Overrides(pod?.Containers))
        from init in Maybe(Overrides(pod?.InitContainers))
        from labels in Maybe(Dictionary(Gen.Elements("app", "run"), Gen.Elements("eval", "7")))
        select new EksPropertiesOverride
        {
            PodProperties = new EksPodPropertiesOverride { Containers = containers, InitContainers = init, Metadata = labels is null ? null : new EksMetadata { Labels = labels } },
        };

    private static Gen<IReadOnlyList<EksContainerOverride>> Overrides(IReadOnlyList<EksContainer>? containers) =>
        containers is not { Count: > 0 } ? Gen.Constant<IReadOnlyList<EksContainerOverride>>([])
        : NonEmptyList(
            from target in Gen.Elements(containers.ToArray())
            from image in Gen.Elements<string?>(null, "public.ecr.aws/x/train:2")
            from command in Maybe(Command)
            from env in Maybe(Environment.Select(e => (IReadOnlyList<EksContainerEnvironmentVariable>)[.. e.Select(v => new EksContainerEnvironmentVariable { Name = v.Name, Value = v.Value })]))
            select new EksContainerOverride { Name = target.Name, Image = image, Command = command, Env = env }, 2)
            .Select(l => (IReadOnlyList<EksContainerOverride>)[.. l.DistinctBy(o => o.Name)]);

    private static Gen<IReadOnlyDictionary<string, string>> Dictionary(Gen<string> keys, Gen<string> values) =>
        NonEmptyList(Gen.Zip(keys, values), 3).Select(l => (IReadOnlyDictionary<string, string>)l.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2));

    private static Gen<IReadOnlyList<T>> NonEmptyList<T>(Gen<T> item, int max) =>
        from n in Gen.Choose(1, max)
        from items in Gen.ListOf(item, n)
        select (IReadOnlyList<T>)[.. items];

    private static Gen<T?> Maybe<T>(Gen<T> value) where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, value.Select(v => (T?)v)));

    private static Gen<int?> MaybeInt(Gen<int> value) =>
        Gen.Frequency((1, Gen.Constant<int?>(null)), (2, value.Select(v => (int?)v)));

    private static Gen<bool?> MaybeBool => Gen.Elements<bool?>(null, true, false);
}
