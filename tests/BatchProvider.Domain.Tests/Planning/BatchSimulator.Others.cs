using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Tests.Planning;

/// <summary>Scheduling policies, job definitions and tags.</summary>
internal sealed partial class BatchSimulator
{
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
}
