using BatchProvider.Domain.Catalog;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>
/// Cross-checks against the stack's queues (warnings: the job definition is legal, but jobs sent to this stack's
/// queues would sit in RUNNABLE). Skipped when the stack has no queues or a queue uses a compute environment the stack
/// does not own, because then the capacity is unknown; resource checks are skipped when any instance type is unknown
/// to the <see cref="InstanceTypes"/> catalog or a compute environment is unmanaged.
/// </summary>
internal static class PlacementRules
{
    internal static void Validate(JobDefinitionSpec s, DesiredJobDefinition desired, DesiredState stack, DiagnosticBag d)
    {
        var capacity = QueueCapacity.Of(stack);
        if (capacity.Reachable.IsEmpty) return;

        var need = JobNeeds.Of(s);
        var compatible = capacity.For(need.Runs);
        if (compatible.Environments.IsEmpty)
        {
            d.Warning(need.PlatformPath, DiagnosticCodes.NoQueueCanRun,
                JobDefinitionMessages.NoQueueCanRun($"it needs {Describe(need.Runs)} compute environment, and its queues use {capacity.ReachableKinds}"));
            return;
        }

        if (need.NotOnFargateSpot is { } what && compatible.AllFargateSpot)
            d.Warning(need.PlatformPath, DiagnosticCodes.NoQueueCanRun,
                JobDefinitionMessages.NoQueueCanRun($"Fargate Spot does not run {what}, and every Fargate compute environment of its queues ({compatible.Ids}) is Fargate Spot"));

        // API (ComputeResource.type): "Multi-node parallel jobs aren't supported on Spot Instances."
        if (need.IsMultiNode && compatible.AllSpot)
            d.Warning(need.PlatformPath, DiagnosticCodes.NoQueueCanRun,
                JobDefinitionMessages.NoQueueCanRun($"multi-node parallel jobs are not supported on Spot instances, and every EC2 compute environment of its queues ({compatible.Ids}) is Spot"));

        foreach (var group in need.Groups) Resources(group, compatible, d);
    }

    private static void Resources(JobNeeds.Group group, QueueCapacity.Platform compatible, DiagnosticBag d)
    {
        if (group.Vcpus is { } vcpus && compatible.MaxvCpus is { } maxvCpus && vcpus > maxvCpus)
            d.Warning(group.Owner.Property("Vcpus"), DiagnosticCodes.NoQueueCanRun,
                JobDefinitionMessages.NoQueueCanRun($"it asks for {vcpus} vCPUs and its compute environments allow at most {maxvCpus}"));

        if (compatible.InstanceTypes is not { } types) return;
        IEnumerable<InstanceTypeInfo> allowed = types;
        if (group.InstanceType is { } pinned)
        {
            if (InstanceTypes.Find(pinned) is null) return;
            allowed = types.Where(t => string.Equals(t.Name, pinned, StringComparison.OrdinalIgnoreCase)).ToList();
            if (!allowed.Any())
            {
                d.Warning(group.InstanceTypePath, DiagnosticCodes.NoQueueCanRun,
                    JobDefinitionMessages.NoQueueCanRun($"InstanceType {pinned} is not among the instance types its compute environments may launch"));
                return;
            }
        }

        var gpus = group.Gpus ?? 0;
        if (gpus > 0 && !allowed.Any(t => t.Gpus >= gpus))
        {
            d.Warning(group.Owner.Property("Gpus"), DiagnosticCodes.NoQueueCanRun,
                JobDefinitionMessages.NoQueueCanRun($"it asks for {gpus} GPU{(gpus == 1 ? "" : "s")} and no instance type its compute environments may launch has that many"));
            return;
        }
        if (group.MemoryMiB is not { } memory) return;
        var fitting = allowed.Where(t => t.Gpus >= gpus && (group.Vcpus is not { } v || t.Vcpus >= v)).ToList();
        if (fitting.Count == 0) return;
        var largest = fitting.MaxBy(t => t.MemoryMiB)!;
        if (!largest.CanRun(group.Vcpus ?? 0, memory, gpus))
            d.Warning(group.Owner.Property("Memory"), DiagnosticCodes.MemoryFillsInstance, JobDefinitionMessages.MemoryFillsInstance(memory, largest.Name, largest.MemoryMiB));
    }

    internal static string Describe(JobNeeds.Runtime runtime) => runtime switch
    {
        JobNeeds.Runtime.Fargate => "a Fargate",
        JobNeeds.Runtime.Eks => "an EKS",
        JobNeeds.Runtime.Ec2 => "an EC2 (ECS)",
        _ => throw new System.Diagnostics.UnreachableException(runtime.ToString()),
    };
}
