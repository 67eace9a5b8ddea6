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
        if (stack.JobQueues.IsEmpty || stack.JobQueues.Any(q => q.ComputeEnvironments.Any(c => c.ComputeEnvironmentId is null))) return;
        var byId = stack.ComputeEnvironments.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var reachable = stack.JobQueues.SelectMany(q => q.ComputeEnvironments).Select(c => c.ComputeEnvironmentId!)
            .Distinct(StringComparer.Ordinal).Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        if (reachable.Count == 0) return;

        var need = JobNeeds.Of(s);
        var compatible = reachable.Where(ce => CeKindOf(ce) == need.Runs).ToList();
        if (compatible.Count == 0)
        {
            var kinds = string.Join(", ", reachable.Select(ce => $"{ce.Id} ({Describe(CeKindOf(ce))})"));
            d.Warning(need.PlatformPath, DiagnosticCodes.NoQueueCanRun,
                JobDefinitionMessages.NoQueueCanRun($"it needs {Describe(need.Runs)} compute environment, and its queues use {kinds}"));
            return;
        }

        if (need.NotOnFargateSpot is { } what && compatible.All(ce => ce.Create.ComputeResources?.Type == "FARGATE_SPOT"))
            d.Warning(need.PlatformPath, DiagnosticCodes.NoQueueCanRun,
                JobDefinitionMessages.NoQueueCanRun($"Fargate Spot does not run {what}, and every Fargate compute environment of its queues ({string.Join(", ", compatible.Select(c => c.Id))}) is Fargate Spot"));

        // API (ComputeResource.type): "Multi-node parallel jobs aren't supported on Spot Instances."
        if (need.IsMultiNode && compatible.All(ce => ce.Create.ComputeResources?.Type == "SPOT"))
            d.Warning(need.PlatformPath, DiagnosticCodes.NoQueueCanRun,
                JobDefinitionMessages.NoQueueCanRun($"multi-node parallel jobs are not supported on Spot instances, and every EC2 compute environment of its queues ({string.Join(", ", compatible.Select(c => c.Id))}) is Spot"));

        foreach (var group in need.Groups) Resources(group, compatible, d);
    }

    private static void Resources(JobNeeds.Group group, List<DesiredComputeEnvironment> compatible, DiagnosticBag d)
    {
        var maxvCpus = compatible.Select(ce => ce.Create.ComputeResources?.MaxvCpus).ToList();
        if (group.Vcpus is { } vcpus && maxvCpus.All(m => m is not null) && maxvCpus.All(m => vcpus > m))
            d.Warning(group.Owner.Property("Vcpus"), DiagnosticCodes.NoQueueCanRun,
                JobDefinitionMessages.NoQueueCanRun($"it asks for {vcpus} vCPUs and its compute environments allow at most {maxvCpus.Max()}"));

        if (compatible.Any(ce => ce.Create.ComputeResources is null)) return;
        var allowed = new List<InstanceTypeInfo>();
        foreach (var ce in compatible)
        {
            // Fargate compute environments have no instance types; their limits are the Fargate matrix.
            if (ce.Create.ComputeResources!.Type is "FARGATE" or "FARGATE_SPOT") return;
            if (InstanceTypes.ResolveAll(ce.Create.ComputeResources.InstanceTypes) is not { } types) return;
            allowed.AddRange(types);
        }
        if (group.InstanceType is { } pinned)
        {
            if (InstanceTypes.Find(pinned) is null) return;
            allowed = allowed.Where(t => string.Equals(t.Name, pinned, StringComparison.OrdinalIgnoreCase)).ToList();
            if (allowed.Count == 0)
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

    private static JobNeeds.Runtime CeKindOf(DesiredComputeEnvironment ce) => ce.Create switch
    {
        { ComputeResources.Type: "FARGATE" or "FARGATE_SPOT" } => JobNeeds.Runtime.Fargate,
        { EksConfiguration: not null } => JobNeeds.Runtime.Eks,
        _ => JobNeeds.Runtime.Ec2,
    };

    private static string Describe(JobNeeds.Runtime runtime) => runtime switch
    {
        JobNeeds.Runtime.Fargate => "a Fargate",
        JobNeeds.Runtime.Eks => "an EKS",
        JobNeeds.Runtime.Ec2 => "an EC2 (ECS)",
        _ => throw new System.Diagnostics.UnreachableException(runtime.ToString()),
    };
}
