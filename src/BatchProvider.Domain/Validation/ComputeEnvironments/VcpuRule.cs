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
                diagnostics.Error(spec.PathOf("MaxvCpus"), DiagnosticCodes.CeVcpuBounds, ComputeEnvironmentMessages.VcpusNegative("MaxvCpus", max));
                break;
            case FargateComputeEnvironmentSpec { MaxvCpus: 0 }:
                NoCapacity(spec, diagnostics);
                break;
            case UnmanagedComputeEnvironmentSpec { UnmanagedvCpus: < 0 and var unmanaged }:
                diagnostics.Error(spec.PathOf("UnmanagedvCpus"), DiagnosticCodes.CeVcpuBounds, ComputeEnvironmentMessages.VcpusNegative("UnmanagedvCpus", unmanaged));
                break;
            case UnmanagedComputeEnvironmentSpec { UnmanagedvCpus: not null }
                when !context.Index.FairShareComputeEnvironments.Contains(spec.Id):
                diagnostics.Warning(spec.PathOf("UnmanagedvCpus"), DiagnosticCodes.CeUnmanagedvCpusIgnored,
                    ComputeEnvironmentMessages.UnmanagedvCpusIgnored);
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
            diagnostics.Error(spec.PathOf(name), DiagnosticCodes.CeVcpuBounds, ComputeEnvironmentMessages.VcpusNegative(name, value));
        }
        if (negative) return;
        if (min > max)
        {
            var (path, message) = spec.MinvCpus is null
                ? (spec.PathOf("MaxvCpus"), ComputeEnvironmentMessages.MaxvCpusBelowMin(max, min))
                : (spec.PathOf("MinvCpus"), ComputeEnvironmentMessages.MinvCpusAboveMax(min, max));
            diagnostics.Error(path, DiagnosticCodes.CeVcpuBounds, message);
        }
        if (spec.DesiredvCpus is { } wanted)
        {
            var path = spec.PathOf("DesiredvCpus");
            if (spec is ManagedEksComputeEnvironmentSpec)
                diagnostics.Error(path, DiagnosticCodes.CeDesiredvCpusSet, ComputeEnvironmentMessages.DesiredvCpusOnEks);
            else if (min <= max && (wanted < min || wanted > max))
                diagnostics.Error(path, DiagnosticCodes.CeDesiredOutOfBounds, ComputeEnvironmentMessages.DesiredvCpusOutOfBounds(wanted, min, max));
            else
                diagnostics.Warning(path, DiagnosticCodes.CeDesiredvCpusSet,
                    ComputeEnvironmentMessages.DesiredvCpusSet);
        }
        if (max == 0)
            NoCapacity(spec, diagnostics);
        if (min > 0 && min <= max)
            diagnostics.Warning(spec.PathOf("MinvCpus"), DiagnosticCodes.CeIdleCapacity,
                ComputeEnvironmentMessages.IdleCapacity(min));
    }

    private static void NoCapacity(ComputeEnvironmentSpec spec, DiagnosticBag diagnostics) =>
        diagnostics.Warning(spec.PathOf("MaxvCpus"), DiagnosticCodes.CeNoCapacity,
            ComputeEnvironmentMessages.NoCapacity);
}
