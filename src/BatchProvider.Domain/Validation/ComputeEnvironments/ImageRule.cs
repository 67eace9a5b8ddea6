using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// Images fit the kind: 1 or 2 entries, ECS_* types for ManagedEc2 and EKS_* for ManagedEks, each type once,
/// KubernetesVersion only on EKS images; a warning for Batch-provided ECS AL2 images, which Batch is retiring: before
/// the cutoff that creation will stop (BS0126), from the cutoff on that only an existing compute environment may keep
/// one (BS0134, with a <see cref="RefusedCreation"/> for the planner). The date is the pipeline's <c>now</c>.
/// </summary>
public sealed partial class ImageRule : ComputeEnvironmentRule
{
    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (spec is not InstanceComputeEnvironmentSpec { Images: { } images }) return;
        var path = spec.PathOf("Images");
        if (images.Length is 0 or > 2)
            diagnostics.Error(path, DiagnosticCodes.CeImage, ComputeEnvironmentMessages.ImageCount(images.Length));
        var prefix = spec is ManagedEksComputeEnvironmentSpec ? "EKS_" : "ECS_";
        var seen = new HashSet<string>();
        foreach (var image in images)
        {
            if (!RuleContext.Known(image.Type)) continue;
            var type = image.Type!;
            if (!type.StartsWith(prefix, StringComparison.Ordinal))
                diagnostics.Error(image.Path.Property("Type"), DiagnosticCodes.CeImage,
                    ComputeEnvironmentMessages.ImageTypeWrongKind(type, spec.Kind, prefix));
            else if (!seen.Add(type))
                diagnostics.Error(image.Path.Property("Type"), DiagnosticCodes.CeImage, ComputeEnvironmentMessages.ImageTypeTwice(type));
            if (RuleContext.Known(image.ImageIdOverride) && !image.ImageIdOverride!.StartsWith("ami-", StringComparison.Ordinal))
                diagnostics.Error(image.Path.Property("ImageIdOverride"), DiagnosticCodes.CeImage, ComputeEnvironmentMessages.ImageIdNotAmi(image.ImageIdOverride));
            if (RuleContext.Known(image.KubernetesVersion) && prefix == "EKS_" && !KubernetesVersion().IsMatch(image.KubernetesVersion!))
                diagnostics.Error(image.Path.Property("KubernetesVersion"), DiagnosticCodes.CeImage, ComputeEnvironmentMessages.KubernetesVersionFormat(image.KubernetesVersion));
            if (image.KubernetesVersion is not null && prefix == "ECS_")
                diagnostics.Error(image.Path.Property("KubernetesVersion"), DiagnosticCodes.CeImage,
                    ComputeEnvironmentMessages.KubernetesVersionOnlyEks);
            if (!Al2Retirement.IsBatchProvidedAl2(image)) continue;
            if (Al2Retirement.CreationRefused(context.Now))
                diagnostics.Warning(image.Path.Property("Type"), DiagnosticCodes.CeAl2CreationRefused, ComputeEnvironmentMessages.Al2CreationRefused(type));
            else
                diagnostics.Warning(image.Path.Property("Type"), DiagnosticCodes.CeAl2Retiring, ComputeEnvironmentMessages.Al2Retiring(type));
        }
    }

    /// <summary>The compute environments Batch would refuse to create at <see cref="RuleContext.Now"/> because of their image.</summary>
    public static IEnumerable<RefusedCreation> RefusedCreations(RuleContext context)
    {
        if (!Al2Retirement.CreationRefused(context.Now)) yield break;
        foreach (var (spec, _) in context.ComputeEnvironments)
        {
            if (spec is not ManagedEc2ComputeEnvironmentSpec { Images: { } images }) continue;
            if (images.FirstOrDefault(Al2Retirement.IsBatchProvidedAl2) is { Type: { } type } image)
                yield return new RefusedCreation(spec.Id, image.Path.Property("Type"), ComputeEnvironmentMessages.Al2RefusedReason(type));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+\.\d+$")]
    private static partial System.Text.RegularExpressions.Regex KubernetesVersion();
}
