using BatchProvider.Domain.Spec.ComputeEnvironments;
using BatchProvider.Domain.Spec.JobQueues;
using BatchProvider.Domain.Validation.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.JobQueues;

/// <summary>What kind of capacity a queue's owned compute environments offer: the platform (ECS on EC2, EKS, Fargate) and CPU architectures.</summary>
public static class QueuePlatforms
{
    /// <summary>The platform a compute environment's jobs run on; a job definition fits one platform only.</summary>
    public static string PlatformOf(ComputeEnvironmentSpec spec) => spec switch
    {
        ManagedEc2ComputeEnvironmentSpec or UnmanagedComputeEnvironmentSpec => "ECS on EC2",
        ManagedEksComputeEnvironmentSpec => "EKS",
        FargateComputeEnvironmentSpec => "Fargate",
        _ => throw new System.Diagnostics.UnreachableException($"kind {spec.Kind} has no platform"),
    };

    /// <summary>The CPU architectures of a compute environment's instance types (empty when unknown, e.g. Fargate).</summary>
    public static IReadOnlySet<string> ArchitecturesOf(RuleContext context, ComputeEnvironmentSpec spec)
    {
        var desired = context.FindComputeEnvironment(spec.Id)?.Desired;
        return (desired?.Create.ComputeResources?.InstanceTypes ?? [])
            .Where(t => !Input.OpaqueValue.Is(t))
            .Select(InstanceFamilies.ArchitectureOf)
            .OfType<string>()
            .ToHashSet();
    }

    /// <summary>The owned compute environments a queue names, with the entry that names them.</summary>
    public static IEnumerable<(QueueComputeEnvironmentSpec Entry, ComputeEnvironmentSpec Spec)> Owned(RuleContext context, JobQueueSpec queue) =>
        queue.ComputeEnvironments
            .Where(e => !e.IsArn)
            .Select(e => (Entry: e, Spec: context.FindComputeEnvironment(e.Reference)?.Spec))
            .Where(x => x.Spec is not null)
            .Select(x => (x.Entry, x.Spec!));

    /// <summary>The platforms of a queue's owned compute environments.</summary>
    public static IReadOnlySet<string> PlatformsOf(RuleContext context, JobQueueSpec queue) =>
        Owned(context, queue).Select(o => PlatformOf(o.Spec)).ToHashSet();
}
