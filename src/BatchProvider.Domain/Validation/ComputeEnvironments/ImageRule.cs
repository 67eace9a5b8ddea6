using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// Images fit the kind: 1 or 2 entries, ECS_* types for ManagedEc2 and EKS_* for ManagedEks, each type once,
/// KubernetesVersion only on EKS images; a warning for Batch-provided ECS AL2 images, which Batch is retiring.
/// </summary>
public sealed partial class ImageRule : ComputeEnvironmentRule
{
    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (spec is not InstanceComputeEnvironmentSpec { Images: { } images }) return;
        var path = spec.PathOf("Images");
        if (images.Length is 0 or > 2)
            diagnostics.Error(path, DiagnosticCodes.CeImage, $"Images has {images.Length} entries; give 1 or 2 (for example a CPU and a GPU image type).");
        var prefix = spec is ManagedEksComputeEnvironmentSpec ? "EKS_" : "ECS_";
        var seen = new HashSet<string>();
        foreach (var image in images)
        {
            if (!RuleContext.Known(image.Type)) continue;
            var type = image.Type!;
            if (!type.StartsWith(prefix, StringComparison.Ordinal))
                diagnostics.Error(image.Path.Property("Type"), DiagnosticCodes.CeImage,
                    $"Type is {type}, which is not for {spec.Kind}; use an {prefix}* image type such as {prefix}AL2023.");
            else if (!seen.Add(type))
                diagnostics.Error(image.Path.Property("Type"), DiagnosticCodes.CeImage, $"Type {type} appears twice in Images; give each image type once.");
            if (RuleContext.Known(image.ImageIdOverride) && !image.ImageIdOverride!.StartsWith("ami-", StringComparison.Ordinal))
                diagnostics.Error(image.Path.Property("ImageIdOverride"), DiagnosticCodes.CeImage, $"ImageIdOverride is \"{image.ImageIdOverride}\", which is not an AMI id; use ami-....");
            if (RuleContext.Known(image.KubernetesVersion) && prefix == "EKS_" && !KubernetesVersion().IsMatch(image.KubernetesVersion!))
                diagnostics.Error(image.Path.Property("KubernetesVersion"), DiagnosticCodes.CeImage, $"KubernetesVersion is \"{image.KubernetesVersion}\"; use major.minor, e.g. 1.31.");
            if (image.KubernetesVersion is not null && prefix == "ECS_")
                diagnostics.Error(image.Path.Property("KubernetesVersion"), DiagnosticCodes.CeImage,
                    "KubernetesVersion applies only to EKS images; remove it.");
            if (type is "ECS_AL2" or "ECS_AL2_NVIDIA" && image.ImageIdOverride is null)
                diagnostics.Warning(image.Path.Property("Type"), DiagnosticCodes.CeAl2Retiring,
                    $"Type is {type}: Batch stops creating ECS compute environments on Batch-provided AL2 AMIs from 2026-06-30; use {type.Replace("AL2", "AL2023", StringComparison.Ordinal)}.");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+\.\d+$")]
    private static partial System.Text.RegularExpressions.Regex KubernetesVersion();
}
