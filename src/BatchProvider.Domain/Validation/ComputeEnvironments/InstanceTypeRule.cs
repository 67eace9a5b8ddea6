using BatchProvider.Domain.Catalog;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// The rendered instance types (InstanceTypes, InstanceClasses, <c>optimal</c>): each a name Batch takes (an EC2 type,
/// family or token, see <see cref="InstanceTypeNames"/>), not empty, one CPU architecture, no A1 with AL2023 images,
/// no p3/g3 with ECS_AL2023_NVIDIA.
/// </summary>
public sealed class InstanceTypeRule : ComputeEnvironmentRule
{
    private static readonly string[] OldGpuFamilies = ["p3", "p3dn", "g3", "g3s"];

    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (spec is not InstanceComputeEnvironmentSpec instance) return;
        var all = Written(instance, context);
        foreach (var (type, path) in all.Where(w => !InstanceTypeNames.IsValid(w.Type)))
            diagnostics.Error(path, DiagnosticCodes.CeUnknownInstanceType,
                ComputeEnvironmentMessages.UnknownInstanceType(Name(path), type, InstanceTypeNames.Closest(type)));
        // An invented name says nothing about architecture or GPUs; the rules below judge the real ones only.
        var written = all.Where(w => InstanceTypeNames.IsValid(w.Type)).ToList();
        if (all.Count == 0 && instance.UseOptimalInstanceClasses == false)
        {
            diagnostics.Error(spec.PathOf("UseOptimalInstanceClasses"), DiagnosticCodes.CeNoInstanceTypes,
                ComputeEnvironmentMessages.NoInstanceTypes);
            return;
        }
        CheckArchitecture(instance, written, diagnostics);
        var imageTypes = desired.Create.ComputeResources?.Ec2Configuration?.Select(c => c.ImageType ?? "").ToList() ?? [];
        foreach (var (type, path) in written)
        {
            var family = InstanceTypes.FamilyOf(type);
            if (family == "a1" && imageTypes.FirstOrDefault(t => t.Contains("AL2023", StringComparison.Ordinal)) is { } al2023)
                diagnostics.Error(path, DiagnosticCodes.CeAl2023A1,
                    ComputeEnvironmentMessages.A1WithAl2023(Name(path), type, al2023, instance.Images is null));
            if (OldGpuFamilies.Contains(family) && imageTypes.Contains("ECS_AL2023_NVIDIA"))
                diagnostics.Error(path, DiagnosticCodes.CeNvidiaAl2023OldGpu,
                    ComputeEnvironmentMessages.OldGpuWithNvidiaAl2023(Name(path), type));
        }
    }

    private static void CheckArchitecture(InstanceComputeEnvironmentSpec spec, List<(string Type, Diagnostics.PropertyPath Path)> written, DiagnosticBag diagnostics)
    {
        var all = written.ToList();
        if (spec.UseOptimalInstanceClasses != false) all.Add(("optimal", spec.PathOf("UseOptimalInstanceClasses")));
        var known = all.Select(w => (w.Type, w.Path, Arch: InstanceTypes.ArchitectureOf(w.Type))).Where(w => w.Arch is not null).ToList();
        if (known.Select(k => k.Arch).Distinct().Count() < 2) return;
        var first = known[0];
        var other = known.First(k => k.Arch != first.Arch);
        var optimal = other.Type == "optimal" || first.Type == "optimal";
        diagnostics.Error(other.Path, DiagnosticCodes.CeMixedArchitectures,
            ComputeEnvironmentMessages.MixedArchitectures(Name(other.Path), other.Arch!.Value.Name(), other.Type, first.Arch!.Value.Name(), first.Type, optimal));
    }

    private static List<(string Type, Diagnostics.PropertyPath Path)> Written(InstanceComputeEnvironmentSpec spec, RuleContext context)
    {
        var result = new List<(string, Diagnostics.PropertyPath)>();
        foreach (var property in new[] { "InstanceTypes", "InstanceClasses" })
        {
            var values = property == "InstanceTypes" ? spec.InstanceTypes : spec.InstanceClasses;
            var path = spec.PathOf(property);
            foreach (var (value, i) in (values ?? []).Select((v, i) => (v, i)))
            {
                if (RuleContext.Known(value)) result.Add((value, context.ItemPath(path, i)));
            }
        }
        return result;
    }

    private static string Name(Diagnostics.PropertyPath path) =>
        path.Segments.Reverse().OfType<string>().FirstOrDefault() ?? "InstanceTypes";
}
