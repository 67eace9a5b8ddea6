using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>What a job definition asks of a compute environment, per node group, for the placement warnings.</summary>
internal sealed record JobNeeds(JobNeeds.Runtime Runs, bool IsMultiNode, PropertyPath PlatformPath, ImmutableArray<JobNeeds.Group> Groups)
{
    /// <summary>Why Fargate Spot cannot run the job (Windows or ARM64 tasks), or null.</summary>
    internal string? NotOnFargateSpot { get; init; }

    /// <summary>The kind of compute environment that can run the job.</summary>
    internal enum Runtime { Ec2, Fargate, Eks }

    /// <summary>One container (or node group, or pod) and the resources it asks for.</summary>
    /// <param name="Owner">The object holding Vcpus/Memory/Gpus, for warning paths.</param>
    internal sealed record Group(PropertyPath Owner, decimal? Vcpus, long? MemoryMiB, long? Gpus, string? InstanceType, PropertyPath InstanceTypePath);

    internal static JobNeeds Of(JobDefinitionSpec s) => s switch
    {
        ContainerJobDefinition c => new(
            c.Platform == JobPlatform.Fargate ? Runtime.Fargate : Runtime.Ec2, false, c.Path.Property("Platform"),
            [FromContainer(c.Container, null, c.Path)])
        {
            // ECS: Fargate Spot runs neither Windows nor ARM64 tasks.
            NotOnFargateSpot = c.Fargate.RuntimePlatform switch
            {
                { IsWindows: true } => "Windows containers",
                { CpuArchitecture: "ARM64" } => "ARM64 tasks",
                _ => null,
            },
        },
        MultiNodeJobDefinition m => new(Runtime.Ec2, true, m.Path.Property("Kind"),
            [.. m.Nodes.Select(n => FromContainer(n.Container, m.InstanceType, m.Path))]),
        EksJobDefinition e => new(Runtime.Eks, false, e.Path.Property("Kind"), [Pod(e)]),
        _ => throw new System.Diagnostics.UnreachableException($"job-definition kind {s.GetType().Name} has no placement needs"),
    };

    private static Group FromContainer(ContainerSpec c, string? jobInstanceType, PropertyPath jobPath) =>
        new(c.Path, c.Vcpus, c.MemoryMiB, c.Gpus, c.InstanceType ?? jobInstanceType,
            c.InstanceType is not null ? c.Path.Property("InstanceType") : jobPath.Property("InstanceType"));

    // A pod's containers run side by side, so their requests add up (the larger of limit and request counts).
    private static Group Pod(EksJobDefinition e)
    {
        decimal cpu = 0;
        long memory = 0, gpus = 0;
        foreach (var r in e.Containers.Select(c => c.Resources).OfType<EksResources>())
        {
            cpu += Max(r, EksResources.Cpu, EksResourceRules.Cpu) ?? 0;
            memory += (long)(Max(r, EksResources.Memory, v => EksResourceRules.MemoryMi(v)) ?? 0);
            gpus += (long)(Max(r, EksResources.Gpu, v => EksResourceRules.Gpus(v)) ?? 0);
        }
        var owner = e.Path.Property("Containers");
        return new Group(owner, cpu > 0 ? Math.Ceiling(cpu) : null, memory > 0 ? memory : null, gpus, null, owner);
    }

    private static decimal? Max(EksResources r, string key, Func<string, decimal?> parse)
    {
        decimal? limit = r.Limits.TryGetValue(key, out var l) ? parse(l) : null;
        decimal? request = r.Requests.TryGetValue(key, out var q) ? parse(q) : null;
        return limit is null ? request : request is null ? limit : Math.Max(limit.Value, request.Value);
    }
}
