using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// The rendered instance types (InstanceTypes, InstanceClasses, <c>optimal</c>): not empty, one CPU architecture,
/// no A1 with AL2023 images, no p3/g3 with ECS_AL2023_NVIDIA.
/// </summary>
public sealed class InstanceTypeRule : ComputeEnvironmentRule
{
    private static readonly string[] OldGpuFamilies = ["p3", "p3dn", "g3", "g3s"];

    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (spec is not InstanceComputeEnvironmentSpec instance) return;
        var written = Written(instance, context);
        if (written.Count == 0 && instance.UseOptimalInstanceClasses == false)
        {
            diagnostics.Error(spec.PathOf("UseOptimalInstanceClasses"), DiagnosticCodes.CeNoInstanceTypes,
                "UseOptimalInstanceClasses is false and neither InstanceTypes nor InstanceClasses is given, so there is no instance type; give InstanceTypes or InstanceClasses, or remove UseOptimalInstanceClasses.");
            return;
        }
        CheckArchitecture(instance, written, diagnostics);
        var imageTypes = desired.Create.ComputeResources?.Ec2Configuration?.Select(c => c.ImageType ?? "").ToList() ?? [];
        foreach (var (type, path) in written)
        {
            var family = InstanceFamilies.FamilyOf(type);
            if (family == "a1" && imageTypes.FirstOrDefault(t => t.Contains("AL2023", StringComparison.Ordinal)) is { } al2023)
                diagnostics.Error(path, DiagnosticCodes.CeAl2023A1,
                    $"{Name(path)} includes {type}, but A1 instances do not support the {al2023} image{(instance.Images is null ? " (the default)" : "")}; use a Graviton family such as m6g or c7g, or an AL2 image type.");
            if (OldGpuFamilies.Contains(family) && imageTypes.Contains("ECS_AL2023_NVIDIA"))
                diagnostics.Error(path, DiagnosticCodes.CeNvidiaAl2023OldGpu,
                    $"{Name(path)} includes {type}, but ECS_AL2023_NVIDIA does not support p3 or g3 instances; use g4dn, g5, p4d or newer, or the ECS_AL2_NVIDIA image.");
        }
    }

    private static void CheckArchitecture(InstanceComputeEnvironmentSpec spec, List<(string Type, Diagnostics.PropertyPath Path)> written, DiagnosticBag diagnostics)
    {
        var all = written.ToList();
        if (spec.UseOptimalInstanceClasses != false) all.Add(("optimal", spec.PathOf("UseOptimalInstanceClasses")));
        var known = all.Select(w => (w.Type, w.Path, Arch: InstanceFamilies.ArchitectureOf(w.Type))).Where(w => w.Arch is not null).ToList();
        if (known.Select(k => k.Arch).Distinct().Count() < 2) return;
        var first = known[0];
        var other = known.First(k => k.Arch != first.Arch);
        var optimal = other.Type == "optimal" || first.Type == "optimal";
        diagnostics.Error(other.Path, DiagnosticCodes.CeMixedArchitectures,
            $"{Name(other.Path)} mixes {other.Arch} ({other.Type}) with {first.Arch} ({first.Type}); all instance types of a compute environment must share one CPU architecture"
            + (optimal ? " (optimal means x86_64 instances; set UseOptimalInstanceClasses: false for Graviton)." : "; split them into two compute environments."));
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
