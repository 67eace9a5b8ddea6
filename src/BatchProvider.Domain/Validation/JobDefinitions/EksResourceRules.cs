using System.Globalization;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>
/// Kubernetes limits and requests as Batch accepts them (API EksContainerResourceRequirements): memory in whole Mi,
/// memory and GPU limits equal to their requests when both are given, cpu in steps of 0.25 with limit ≥ request.
/// </summary>
internal static class EksResourceRules
{
    private const long MinMemoryMi = 4;

    internal static void Validate(EksResources r, DiagnosticBag d)
    {
        foreach (var (side, map) in new[] { ("Limits", r.Limits), ("Requests", r.Requests) })
        {
            var path = r.Path.Property(side);
            if (map.TryGetValue(EksResources.Memory, out var memory) && !OpaqueValue.Is(memory))
            {
                if (MemoryMi(memory) is not { } mi)
                    d.Error(path.Property(EksResources.Memory), DiagnosticCodes.EksResources, JobDefinitionMessages.EksMemoryNotMi(memory));
                else if (mi < MinMemoryMi)
                    d.Error(path.Property(EksResources.Memory), DiagnosticCodes.EksResources, JobDefinitionMessages.EksMemoryTooSmall(memory));
            }
            if (map.TryGetValue(EksResources.Gpu, out var gpu) && !OpaqueValue.Is(gpu) && Gpus(gpu) is null)
                d.Error(path.Property(EksResources.Gpu), DiagnosticCodes.EksResources, JobDefinitionMessages.EksGpuNotWhole(gpu));
            if (map.TryGetValue(EksResources.Cpu, out var cpu) && !OpaqueValue.Is(cpu))
            {
                if (Cpu(cpu) is not { } value)
                    d.Error(path.Property(EksResources.Cpu), DiagnosticCodes.EksResources, JobDefinitionMessages.EksNotAQuantity("cpu", cpu));
                else if (value * 4 != decimal.Truncate(value * 4) || value <= 0)
                    d.Error(path.Property(EksResources.Cpu), DiagnosticCodes.EksResources, JobDefinitionMessages.EksCpuNotQuarter(cpu));
            }
        }

        foreach (var resource in new[] { EksResources.Memory, EksResources.Gpu })
        {
            if (r.Limits.TryGetValue(resource, out var limit) && r.Requests.TryGetValue(resource, out var request) && limit != request)
                d.Error(r.Path.Property("Limits").Property(resource), DiagnosticCodes.EksResources, JobDefinitionMessages.EksLimitDiffersFromRequest(resource, limit, request));
        }
        if (r.Limits.TryGetValue(EksResources.Cpu, out var cpuLimit) && r.Requests.TryGetValue(EksResources.Cpu, out var cpuRequest)
            && Cpu(cpuLimit) is { } l && Cpu(cpuRequest) is { } q && l < q)
            d.Error(r.Path.Property("Limits").Property(EksResources.Cpu), DiagnosticCodes.EksResources, JobDefinitionMessages.EksCpuLimitBelowRequest(cpuLimit, cpuRequest));
    }

    /// <summary>Memory in MiB when written as a whole number of Mi ("2048Mi"); otherwise null.</summary>
    internal static long? MemoryMi(string value) =>
        value.EndsWith("Mi", StringComparison.Ordinal) && long.TryParse(value.AsSpan(0, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var mi) && mi > 0 ? mi : null;

    /// <summary>GPUs when written as a whole number; otherwise null.</summary>
    internal static long? Gpus(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var g) ? g : null;

    /// <summary>vCPUs of a cpu quantity: "1", "0.25" or "250m".</summary>
    internal static decimal? Cpu(string value)
    {
        var milli = value.EndsWith('m');
        var number = milli ? value[..^1] : value;
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) return null;
        return milli ? v / 1000m : v;
    }
}
