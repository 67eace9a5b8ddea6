using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// vCPU bounds: none negative, MinvCpus ≤ MaxvCpus, DesiredvCpus within them (and never on EKS, where Batch
/// rejects it); warnings for DesiredvCpus (Batch manages it and refuses later decreases) and for MinvCpus above 0
/// (instances keep running, and cost, while idle).
/// </summary>
public sealed class VcpuRule : ComputeEnvironmentRule
{
    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        switch (spec)
        {
            case InstanceComputeEnvironmentSpec instance:
                CheckInstance(instance, desired, diagnostics);
                break;
            case FargateComputeEnvironmentSpec { MaxvCpus: < 0 and var max }:
                diagnostics.Error(spec.PathOf("MaxvCpus"), DiagnosticCodes.CeVcpuBounds, $"MaxvCpus is {max}; use 0 or more.");
                break;
            case FargateComputeEnvironmentSpec { MaxvCpus: 0 }:
                NoCapacity(spec, diagnostics);
                break;
            case UnmanagedComputeEnvironmentSpec { UnmanagedvCpus: < 0 and var unmanaged }:
                diagnostics.Error(spec.PathOf("UnmanagedvCpus"), DiagnosticCodes.CeVcpuBounds, $"UnmanagedvCpus is {unmanaged}; use 0 or more.");
                break;
            case UnmanagedComputeEnvironmentSpec { UnmanagedvCpus: not null }
                when !context.Spec.JobQueues.Any(q => q.SchedulingPolicy is not null && q.ComputeEnvironments.Any(e => e.Reference == spec.Id)):
                diagnostics.Warning(spec.PathOf("UnmanagedvCpus"), DiagnosticCodes.CeUnmanagedvCpusIgnored,
                    "UnmanagedvCpus only matters to fair-share scheduling, and no queue with a SchedulingPolicy uses this compute environment; remove it or use it from a fair-share queue.");
                break;
        }
    }

    private static void CheckInstance(InstanceComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, DiagnosticBag diagnostics)
    {
        var resources = desired.Create.ComputeResources!;
        int min = resources.MinvCpus ?? 0, max = resources.MaxvCpus ?? 0;
        var negative = false;
        foreach (var (name, value) in new[] { ("MinvCpus", spec.MinvCpus), ("MaxvCpus", spec.MaxvCpus), ("DesiredvCpus", spec.DesiredvCpus) })
        {
            if (value >= 0 || value is null) continue;
            negative = true;
            diagnostics.Error(spec.PathOf(name), DiagnosticCodes.CeVcpuBounds, $"{name} is {value}; use 0 or more.");
        }
        if (negative) return;
        if (min > max)
        {
            var (path, message) = spec.MinvCpus is null
                ? (spec.PathOf("MaxvCpus"), $"MaxvCpus is {max}, less than MinvCpus ({min}); use a value of at least {min}.")
                : (spec.PathOf("MinvCpus"), $"MinvCpus is {min}, greater than MaxvCpus ({max}); use a value from 0 to {max}.");
            diagnostics.Error(path, DiagnosticCodes.CeVcpuBounds, message);
        }
        if (spec.DesiredvCpus is { } wanted)
        {
            var path = spec.PathOf("DesiredvCpus");
            if (spec is ManagedEksComputeEnvironmentSpec)
                diagnostics.Error(path, DiagnosticCodes.CeDesiredvCpusSet, "DesiredvCpus is not supported for a ManagedEks compute environment; remove it and let Batch scale.");
            else if (min <= max && (wanted < min || wanted > max))
                diagnostics.Error(path, DiagnosticCodes.CeDesiredOutOfBounds, $"DesiredvCpus is {wanted}, outside MinvCpus..MaxvCpus; use a value from {min} to {max}.");
            else
                diagnostics.Warning(path, DiagnosticCodes.CeDesiredvCpusSet,
                    "DesiredvCpus is set; AWS recommends leaving it out: Batch adjusts it itself, and a later deployment with a lower value fails (Batch cannot scale down by request).");
        }
        if (max == 0)
            NoCapacity(spec, diagnostics);
        if (min > 0 && min <= max)
            diagnostics.Warning(spec.PathOf("MinvCpus"), DiagnosticCodes.CeIdleCapacity,
                $"MinvCpus is {min}: instances for {min} vCPUs keep running, and cost money, while no job runs; use 0 unless start-up latency matters.");
    }

    private static void NoCapacity(ComputeEnvironmentSpec spec, DiagnosticBag diagnostics) =>
        diagnostics.Warning(spec.PathOf("MaxvCpus"), DiagnosticCodes.CeNoCapacity,
            "MaxvCpus is 0, so the compute environment can never run a job; raise it (or set Enabled: false to pause it).");
}
