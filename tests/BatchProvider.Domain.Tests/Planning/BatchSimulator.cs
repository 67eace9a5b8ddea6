using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Tests.Planning;

/// <summary>
/// A pure in-memory AWS Batch for planner tests. It applies plan steps the way Batch would (CREATING/UPDATING/DELETING
/// statuses that only a wait step settles, rejections for what Batch rejects) and records every violation of the
/// planner's safety invariants instead of throwing, so a test can report all of them.
/// </summary>
internal sealed class BatchSimulator : IStepOperationVisitor<string?>
{
    public Dictionary<string, ComputeEnvironmentDetail> ComputeEnvironments { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, JobQueueDetail> JobQueues { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SchedulingPolicyDetail> SchedulingPolicies { get; } = new(StringComparer.Ordinal);
    public List<JobDefinition> JobDefinitions { get; } = [];
    public List<string> Violations { get; } = [];
    public List<Step> Executed { get; } = [];

    private static readonly HashSet<string> InfraFields =
    [
        "allocationStrategy", "bidPercentage", "ec2Configuration", "ec2KeyPair", "imageId", "instanceRole",
        "instanceTypes", "launchTemplate", "placementGroup", "tags", "type", "updateToLatestImageVersion",
    ];

    public ObservedState Observe(DesiredState desired) => ObservedState.From(desired.StackName, desired,
        ComputeEnvironments.Values, JobQueues.Values, SchedulingPolicies.Values, JobDefinitions);

    /// <summary>Runs every step in a random order that honours <see cref="Step.DependsOn"/>; a rejected step ends the run.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="random">Chooses among the ready steps.</param>
    /// <param name="maxSteps">Stops after this many steps, like an apply cut short by a timeout.</param>
    public void Apply(Plan plan, Random random, int maxSteps = int.MaxValue)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var pending = plan.Steps.ToList();
        var servedBefore = JobQueues.Values.Where(Serves).Select(q => q.JobQueueName!).ToHashSet();
        while (pending.Count > 0 && done.Count < maxSteps)
        {
            var ready = pending.Where(s => s.DependsOn.All(done.Contains)).ToList();
            if (ready.Count == 0) { Violations.Add("no step is ready: dependency cycle or unknown id"); return; }
            var step = ready[random.Next(ready.Count)];
            pending.Remove(step);
            Executed.Add(step);
            var error = step.Operation.Accept(this);
            if (error is not null) { Violations.Add($"{step.Id}: {error}"); return; }
            done.Add(step.Id);
            foreach (var q in servedBefore.Where(n => JobQueues.TryGetValue(n, out var queue) && queue.State == "ENABLED" && queue.Status != "DELETING"))
            {
                if (!Serves(JobQueues[q])) Violations.Add($"after {step.Id}: queue {q} has no VALID enabled compute environment");
            }
        }
    }

    private bool Serves(JobQueueDetail queue) =>
        (queue.ComputeEnvironmentOrder ?? []).Any(o => FindCe(o.ComputeEnvironment) is { Status: "VALID" or "UPDATING", State: "ENABLED" });

    private ComputeEnvironmentDetail? FindCe(string? nameOrArn) =>
        nameOrArn is null ? null : ComputeEnvironments.Values.FirstOrDefault(c => c.ComputeEnvironmentName == nameOrArn || c.ComputeEnvironmentArn == nameOrArn);

    private bool Owned(IReadOnlyDictionary<string, string>? tags) => OwnershipTags.IsOwnedBy(tags, Specs.Stack);

    public string? Visit(NoChange operation) => null;

    public string? Visit(CreateComputeEnvironment operation)
    {
        var r = operation.Request;
        var name = r.ComputeEnvironmentName!;
        if (ComputeEnvironments.ContainsKey(name)) return $"compute environment {name} already exists";
        var resources = r.ComputeResources;
        if (resources is not null && resources.Type is "EC2" or "SPOT")
        {
            resources = resources with
            {
                AllocationStrategy = resources.AllocationStrategy ?? "BEST_FIT",
                DesiredvCpus = resources.DesiredvCpus ?? resources.MinvCpus ?? 0,
                Ec2Configuration = resources.Ec2Configuration ?? [new Ec2Configuration { ImageType = "ECS_AL2" }],
                InstanceRole = resources.InstanceRole is { } role ? $"arn:aws:iam::123456789012:instance-profile/{role}" : null,
            };
        }
        ComputeEnvironments[name] = new ComputeEnvironmentDetail
        {
            ComputeEnvironmentName = name,
            ComputeEnvironmentArn = BatchArns.ComputeEnvironment(Specs.ArnPrefix, name),
            Type = r.Type,
            State = r.State ?? "ENABLED",
            Status = "CREATING",
            ComputeResources = resources,
            ServiceRole = r.ServiceRole ?? Specs.ServiceLinkedRole,
            EksConfiguration = r.EksConfiguration,
            UnmanagedvCpus = r.UnmanagedvCpus,
            Tags = r.Tags,
        };
        return null;
    }

    public string? Visit(UpdateComputeEnvironment operation)
    {
        var r = operation.Request;
        if (FindCe(r.ComputeEnvironment) is not { } ce) return operation.NotFoundIsDone ? null : $"{r.ComputeEnvironment} does not exist";
        if (!Owned(ce.Tags)) Violations.Add($"updated foreign compute environment {ce.ComputeEnvironmentName}");
        if (ce.Status is "CREATING" or "UPDATING" or "DELETING") return $"{ce.ComputeEnvironmentName} is {ce.Status}";
        var fargate = ce.ComputeResources?.Type is "FARGATE" or "FARGATE_SPOT";
        var infra = Members(r.ComputeResources).Where(InfraFields.Contains).ToList();
        if (fargate && (infra.Count > 0 || r.UpdatePolicy is not null)) return $"parameters can't be updated for Fargate: {string.Join(",", infra)}";
        var eligible = ce.ComputeResources?.AllocationStrategy is "BEST_FIT_PROGRESSIVE" or "SPOT_CAPACITY_OPTIMIZED" or "SPOT_PRICE_CAPACITY_OPTIMIZED"
            && ce.ServiceRole == Specs.ServiceLinkedRole;
        if (!fargate && (infra.Count > 0 || r.UpdatePolicy is not null) && !eligible) return $"infrastructure update not allowed: {string.Join(",", infra)}";
        var u = r.ComputeResources;
        if (u?.DesiredvCpus is { } desired && desired < (ce.ComputeResources?.DesiredvCpus ?? 0)) return "Manually scaling down compute environment is not supported";
        var cr = ce.ComputeResources;
        if (u is not null && cr is not null)
        {
            cr = cr with
            {
                MinvCpus = u.MinvCpus ?? cr.MinvCpus,
                MaxvCpus = u.MaxvCpus ?? cr.MaxvCpus,
                DesiredvCpus = u.DesiredvCpus ?? cr.DesiredvCpus,
                Subnets = u.Subnets ?? cr.Subnets,
                SecurityGroupIds = u.SecurityGroupIds ?? cr.SecurityGroupIds,
                AllocationStrategy = u.AllocationStrategy ?? cr.AllocationStrategy,
                InstanceTypes = u.InstanceTypes ?? cr.InstanceTypes,
                InstanceRole = u.InstanceRole ?? cr.InstanceRole,
                Type = u.Type ?? cr.Type,
                Tags = u.Tags ?? cr.Tags,
                ScalingPolicy = u.ScalingPolicy ?? cr.ScalingPolicy,
            };
        }
        ComputeEnvironments[ce.ComputeEnvironmentName!] = ce with
        {
            State = r.State ?? ce.State,
            UnmanagedvCpus = r.UnmanagedvCpus ?? ce.UnmanagedvCpus,
            ServiceRole = r.ServiceRole ?? ce.ServiceRole,
            UpdatePolicy = r.UpdatePolicy ?? ce.UpdatePolicy,
            ComputeResources = cr,
            Status = "UPDATING",
        };
        return null;
    }

    public string? Visit(DeleteComputeEnvironment operation)
    {
        if (FindCe(operation.Request.ComputeEnvironment) is not { } ce) return null;
        if (!Owned(ce.Tags)) Violations.Add($"deleted foreign compute environment {ce.ComputeEnvironmentName}");
        if (ce.State != "DISABLED") return $"{ce.ComputeEnvironmentName} must be DISABLED before deletion";
        if (JobQueues.Values.FirstOrDefault(q => (q.ComputeEnvironmentOrder ?? []).Any(o => FindCe(o.ComputeEnvironment) == ce)) is { } user)
        {
            Violations.Add($"deleted {ce.ComputeEnvironmentName} while queue {user.JobQueueName} references it");
        }
        ComputeEnvironments[ce.ComputeEnvironmentName!] = ce with { Status = "DELETING" };
        return null;
    }

    public string? Visit(WaitForComputeEnvironment operation)
    {
        var ce = FindCe(operation.ComputeEnvironment);
        switch (operation.Until)
        {
            case WaitTarget.Valid:
                if (ce is null) return $"{operation.ComputeEnvironment} does not exist";
                if (ce.Status is "INVALID" or "DELETING") return $"{operation.ComputeEnvironment} is {ce.Status}";
                ComputeEnvironments[ce.ComputeEnvironmentName!] = ce with { Status = "VALID" };
                return null;
            case WaitTarget.Settled:
                if (ce is { Status: "CREATING" or "UPDATING" }) ComputeEnvironments[ce.ComputeEnvironmentName!] = ce with { Status = "VALID" };
                return null;
            case WaitTarget.Gone:
                if (ce is { Status: "DELETING" }) ComputeEnvironments.Remove(ce.ComputeEnvironmentName!);
                return ce is null or { Status: "DELETING" } ? null : $"{operation.ComputeEnvironment} is {ce.Status}, not being deleted";
            default:
                return "unknown wait target";
        }
    }

    public string? Visit(CreateJobQueue operation)
    {
        var r = operation.Request;
        if (JobQueues.ContainsKey(r.JobQueueName!)) return $"job queue {r.JobQueueName} already exists";
        if (CheckOrder(r.ComputeEnvironmentOrder) is { } error) return error;
        if (r.SchedulingPolicyArn is { } arn && SchedulingPolicies.Values.All(p => p.Arn != arn)) return $"scheduling policy {arn} does not exist";
        JobQueues[r.JobQueueName!] = new JobQueueDetail
        {
            JobQueueName = r.JobQueueName,
            JobQueueArn = BatchArns.JobQueue(Specs.ArnPrefix, r.JobQueueName!),
            State = r.State ?? "ENABLED",
            Status = "CREATING",
            Priority = r.Priority,
            ComputeEnvironmentOrder = r.ComputeEnvironmentOrder,
            SchedulingPolicyArn = r.SchedulingPolicyArn,
            JobStateTimeLimitActions = r.JobStateTimeLimitActions,
            Tags = r.Tags,
        };
        return null;
    }

    private string? CheckOrder(IReadOnlyList<ComputeEnvironmentOrder>? order)
    {
        foreach (var entry in order ?? [])
        {
            if (FindCe(entry.ComputeEnvironment) is not { Status: "VALID" }) return $"compute environment {entry.ComputeEnvironment} is not VALID";
        }
        return null;
    }

    public string? Visit(UpdateJobQueue operation)
    {
        var r = operation.Request;
        if (!JobQueues.TryGetValue(r.JobQueue!, out var q)) return operation.NotFoundIsDone ? null : $"{r.JobQueue} does not exist";
        if (!Owned(q.Tags)) Violations.Add($"updated foreign queue {q.JobQueueName}");
        if (q.Status is "CREATING" or "UPDATING" or "DELETING") return $"{q.JobQueueName} is {q.Status}";
        if (r.ComputeEnvironmentOrder is not null && CheckOrder(r.ComputeEnvironmentOrder) is { } error) return error;
        if (r.SchedulingPolicyArn is not null && q.SchedulingPolicyArn is null) return "cannot add a scheduling policy to a FIFO queue";
        JobQueues[q.JobQueueName!] = q with
        {
            State = r.State ?? q.State,
            Priority = r.Priority ?? q.Priority,
            ComputeEnvironmentOrder = r.ComputeEnvironmentOrder ?? q.ComputeEnvironmentOrder,
            SchedulingPolicyArn = r.SchedulingPolicyArn ?? q.SchedulingPolicyArn,
            JobStateTimeLimitActions = r.JobStateTimeLimitActions ?? q.JobStateTimeLimitActions,
            Status = "UPDATING",
        };
        return null;
    }

    public string? Visit(DeleteJobQueue operation)
    {
        if (!JobQueues.TryGetValue(operation.Request.JobQueue!, out var q)) return null;
        if (!Owned(q.Tags)) Violations.Add($"deleted foreign queue {q.JobQueueName}");
        if (q.State != "DISABLED") return $"{q.JobQueueName} must be DISABLED before deletion";
        JobQueues[q.JobQueueName!] = q with { Status = "DELETING" };
        return null;
    }

    public string? Visit(WaitForJobQueue operation)
    {
        JobQueues.TryGetValue(operation.JobQueue, out var q);
        switch (operation.Until)
        {
            case WaitTarget.Valid:
                if (q is null) return $"{operation.JobQueue} does not exist";
                if (q.Status is "INVALID" or "DELETING") return $"{operation.JobQueue} is {q.Status}";
                JobQueues[operation.JobQueue] = q with { Status = "VALID" };
                return null;
            case WaitTarget.Settled:
                if (q is { Status: "CREATING" or "UPDATING" }) JobQueues[operation.JobQueue] = q with { Status = "VALID" };
                return null;
            case WaitTarget.Gone:
                if (q is { Status: "DELETING" }) JobQueues.Remove(operation.JobQueue);
                return q is null or { Status: "DELETING" } ? null : $"{operation.JobQueue} is {q.Status}, not being deleted";
            default:
                return "unknown wait target";
        }
    }

    public string? Visit(CreateSchedulingPolicy operation)
    {
        var r = operation.Request;
        if (SchedulingPolicies.ContainsKey(r.Name!)) return $"scheduling policy {r.Name} already exists";
        SchedulingPolicies[r.Name!] = new SchedulingPolicyDetail
        {
            Name = r.Name,
            Arn = BatchArns.SchedulingPolicy(Specs.ArnPrefix, r.Name!),
            FairsharePolicy = r.FairsharePolicy,
            Tags = r.Tags,
        };
        return null;
    }

    public string? Visit(UpdateSchedulingPolicy operation)
    {
        var p = SchedulingPolicies.Values.FirstOrDefault(x => x.Arn == operation.Request.Arn);
        if (p is null) return $"{operation.Request.Arn} does not exist";
        if (!Owned(p.Tags)) Violations.Add($"updated foreign policy {p.Name}");
        SchedulingPolicies[p.Name!] = p with { FairsharePolicy = operation.Request.FairsharePolicy };
        return null;
    }

    public string? Visit(DeleteSchedulingPolicy operation)
    {
        var p = SchedulingPolicies.Values.FirstOrDefault(x => x.Arn == operation.Request.Arn);
        if (p is null) return null;
        if (!Owned(p.Tags)) Violations.Add($"deleted foreign policy {p.Name}");
        if (JobQueues.Values.Any(q => q.SchedulingPolicyArn == p.Arn)) return $"{p.Name} is used by a queue";
        SchedulingPolicies.Remove(p.Name!);
        return null;
    }

    public string? Visit(RegisterJobDefinition operation)
    {
        var r = operation.Request;
        var same = JobDefinitions.Where(j => j.JobDefinitionName == r.JobDefinitionName).ToList();
        if (same.Any(j => !Owned(j.Tags))) Violations.Add($"registered a revision of foreign job definition {r.JobDefinitionName}");
        var revision = same.Select(j => j.Revision ?? 0).DefaultIfEmpty(0).Max() + 1;
        JobDefinitions.Add(new JobDefinition
        {
            JobDefinitionName = r.JobDefinitionName,
            JobDefinitionArn = $"{Specs.ArnPrefix}:job-definition/{r.JobDefinitionName}:{revision}",
            Revision = revision,
            Status = "ACTIVE",
            Type = r.Type,
            ContainerProperties = r.ContainerProperties is { } c ? c with { Environment = c.Environment ?? [], MountPoints = c.MountPoints ?? [] } : null,
            PlatformCapabilities = r.PlatformCapabilities ?? ["EC2"],
            Parameters = r.Parameters ?? new Dictionary<string, string>(),
            Tags = r.Tags,
            Timeout = r.Timeout,
            RetryStrategy = r.RetryStrategy,
            SchedulingPriority = r.SchedulingPriority,
            NodeProperties = r.NodeProperties,
            EksProperties = r.EksProperties,
            EcsProperties = r.EcsProperties,
            PropagateTags = r.PropagateTags ?? false,
            ConsumableResourceProperties = r.ConsumableResourceProperties,
            ContainerOrchestrationType = "ECS",
        });
        return null;
    }

    public string? Visit(DeregisterJobDefinition operation)
    {
        var index = JobDefinitions.FindIndex(j => j.JobDefinitionArn == operation.Request.JobDefinition);
        if (index < 0) return null;
        if (!Owned(JobDefinitions[index].Tags)) Violations.Add($"deregistered foreign job definition {JobDefinitions[index].JobDefinitionArn}");
        JobDefinitions[index] = JobDefinitions[index] with { Status = "INACTIVE" };
        return null;
    }

    public string? Visit(TagResource operation) => Retag(operation.Request.ResourceArn!, tags =>
    {
        var result = new Dictionary<string, string>(tags);
        foreach (var (k, v) in operation.Request.Tags!) result[k] = v;
        return result;
    });

    public string? Visit(UntagResource operation) => Retag(operation.Request.ResourceArn!, tags =>
        tags.Where(t => !operation.Request.TagKeys!.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value));

    private string? Retag(string arn, Func<IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>> change)
    {
        var empty = new Dictionary<string, string>();
        if (ComputeEnvironments.Values.FirstOrDefault(c => c.ComputeEnvironmentArn == arn) is { } ce)
        {
            if (!Owned(ce.Tags)) Violations.Add($"tagged foreign {arn}");
            ComputeEnvironments[ce.ComputeEnvironmentName!] = ce with { Tags = change(ce.Tags ?? empty) };
        }
        else if (JobQueues.Values.FirstOrDefault(q => q.JobQueueArn == arn) is { } q)
        {
            if (!Owned(q.Tags)) Violations.Add($"tagged foreign {arn}");
            JobQueues[q.JobQueueName!] = q with { Tags = change(q.Tags ?? empty) };
        }
        else if (SchedulingPolicies.Values.FirstOrDefault(p => p.Arn == arn) is { } p)
        {
            if (!Owned(p.Tags)) Violations.Add($"tagged foreign {arn}");
            SchedulingPolicies[p.Name!] = p with { Tags = change(p.Tags ?? empty) };
        }
        else if (JobDefinitions.FindIndex(j => j.JobDefinitionArn == arn) is var i and >= 0)
        {
            if (!Owned(JobDefinitions[i].Tags)) Violations.Add($"tagged foreign {arn}");
            JobDefinitions[i] = JobDefinitions[i] with { Tags = change(JobDefinitions[i].Tags ?? empty) };
        }
        else
        {
            return $"{arn} does not exist";
        }
        return null;
    }

    private static IEnumerable<string> Members(ComputeResourceUpdate? u)
    {
        if (u is null) yield break;
        if (u.AllocationStrategy is not null) yield return "allocationStrategy";
        if (u.BidPercentage is not null) yield return "bidPercentage";
        if (u.Ec2Configuration is not null) yield return "ec2Configuration";
        if (u.Ec2KeyPair is not null) yield return "ec2KeyPair";
        if (u.ImageId is not null) yield return "imageId";
        if (u.InstanceRole is not null) yield return "instanceRole";
        if (u.InstanceTypes is not null) yield return "instanceTypes";
        if (u.LaunchTemplate is not null) yield return "launchTemplate";
        if (u.PlacementGroup is not null) yield return "placementGroup";
        if (u.Tags is not null) yield return "tags";
        if (u.Type is not null) yield return "type";
        if (u.UpdateToLatestImageVersion is not null) yield return "updateToLatestImageVersion";
    }
}
