using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// A launch template names exactly one of Id and Name; overrides (at most 10) each name one template and target
/// real instance types of the environment, without overlapping; UserdataType is for EKS only, and EKS AL2023
/// custom AMIs need EKS_NODEADM.
/// </summary>
public sealed class LaunchTemplateRule : ComputeEnvironmentRule
{
    /// <summary>Batch's limit of launch-template overrides.</summary>
    public const int MaxOverrides = 10;

    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (spec is not InstanceComputeEnvironmentSpec instance) return;
        CheckUserdata(instance, diagnostics);
        if (instance.LaunchTemplate is not { } template) return;
        IdOrName(template.Id, template.Name, template.Path, "LaunchTemplate", diagnostics);
        CheckVersion(template.Version, template.Path, diagnostics);
        if (template.Overrides.Length > MaxOverrides)
            diagnostics.Error(template.Path.Property("Overrides"), DiagnosticCodes.CeLaunchTemplateOverride,
                $"Overrides has {template.Overrides.Length} entries; Batch allows at most {MaxOverrides}.");
        var instanceTypes = (desired.Create.ComputeResources?.InstanceTypes ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var targeted = new Dictionary<string, PropertyPath>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in template.Overrides)
        {
            IdOrName(o.Id, o.Name, o.Path, "Overrides entry", diagnostics);
            CheckVersion(o.Version, o.Path, diagnostics);
            foreach (var (target, i) in o.TargetInstanceTypes.Select((t, i) => (t, i)))
            {
                if (!RuleContext.Known(target)) continue;
                var path = context.ItemPath(o.Path.Property("TargetInstanceTypes"), i);
                if (InstanceFamilies.IsToken(target))
                    diagnostics.Error(path, DiagnosticCodes.CeLaunchTemplateOverride, $"TargetInstanceTypes includes {target}; name real instance types or families, not Batch's tokens.");
                else if (RuleContext.Known([.. instanceTypes]) && !instanceTypes.Contains(target) && !instanceTypes.Contains(InstanceFamilies.FamilyOf(target)))
                    diagnostics.Error(path, DiagnosticCodes.CeLaunchTemplateOverride,
                        $"TargetInstanceTypes includes {target}, which is not among the compute environment's instance types ({string.Join(", ", instanceTypes)}); add it to InstanceTypes or InstanceClasses.");
                var overlap = targeted.Keys.FirstOrDefault(t => t.Equals(target, StringComparison.OrdinalIgnoreCase)
                    || InstanceFamilies.FamilyOf(t) == target.ToLowerInvariant() || InstanceFamilies.FamilyOf(target) == t.ToLowerInvariant());
                if (overlap is not null)
                    diagnostics.Error(path, DiagnosticCodes.CeLaunchTemplateOverride, $"TargetInstanceTypes entry {target} overlaps {overlap} at {targeted[overlap]}; each instance type may be targeted once.");
                else
                    targeted[target] = path;
            }
        }
    }

    private static void IdOrName(string? id, string? name, PropertyPath path, string what, DiagnosticBag diagnostics)
    {
        if (RuleContext.Known(id) && !id!.StartsWith("lt-", StringComparison.Ordinal))
            diagnostics.Error(path.Property("Id"), DiagnosticCodes.CeLaunchTemplateFormat, $"Id is \"{id}\", which is not a launch template id (lt-...); give the id, or the template's name as Name.");
        if (id is not null && name is not null)
            diagnostics.Error(path.Property("Name"), DiagnosticCodes.CeLaunchTemplateIdOrName, $"{what} gives both Id and Name; give only one of them.");
        else if (id is null && name is null)
            diagnostics.Error(path.Property("Id"), DiagnosticCodes.CeLaunchTemplateIdOrName, $"{what} needs Id or Name; give the launch template's id (lt-...) or name.");
    }

    private static void CheckVersion(string? version, PropertyPath path, DiagnosticBag diagnostics)
    {
        if (!RuleContext.Known(version) || version is "$Latest" or "$Default" || (long.TryParse(version, out var n) && n >= 1)) return;
        diagnostics.Error(path.Property("Version"), DiagnosticCodes.CeLaunchTemplateFormat, $"Version is \"{version}\"; use $Default, $Latest or a version number.");
    }

    private static void CheckUserdata(InstanceComputeEnvironmentSpec spec, DiagnosticBag diagnostics)
    {
        var template = spec.LaunchTemplate;
        var entries = template is null ? [] : new[] { (template.UserdataType, template.Path) }.Concat(template.Overrides.Select(o => (o.UserdataType, o.Path)));
        if (spec is ManagedEc2ComputeEnvironmentSpec)
        {
            foreach (var (userdata, path) in entries.Where(e => e.UserdataType is not null))
                diagnostics.Error(path.Property("UserdataType"), DiagnosticCodes.CeUserdataType, $"UserdataType is {userdata}, which applies only to ManagedEks compute environments; remove it.");
            return;
        }
        var customAl2023 = spec.Images?.FirstOrDefault(i => i.ImageIdOverride is not null && i.Type is "EKS_AL2023" or "EKS_AL2023_NVIDIA");
        if (customAl2023 is not null && template?.UserdataType != "EKS_NODEADM")
            diagnostics.Error(template is null ? customAl2023.Path.Property("ImageIdOverride") : template.Path.Property("UserdataType"), DiagnosticCodes.CeUserdataType,
                $"A custom AMI of type {customAl2023.Type} needs LaunchTemplate.UserdataType EKS_NODEADM (nodeadm bootstraps AL2023 nodes); set it in the launch template.");
    }
}
