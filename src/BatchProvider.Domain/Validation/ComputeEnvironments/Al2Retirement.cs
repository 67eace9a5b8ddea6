using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// Batch's retirement of the AL2 AMIs it provides for ECS compute environments: from
/// <see cref="CreationCutoff"/> Batch refuses to create an ECS compute environment on one, while an existing one keeps
/// running (batch-rules.md B; API <c>Ec2Configuration.imageType</c>). An image with <c>ImageIdOverride</c> is the
/// user's own AMI and is not affected; EKS images are not part of this retirement.
/// </summary>
public static class Al2Retirement
{
    /// <summary>The first day (UTC) on which Batch refuses to create an ECS compute environment on its AL2 AMIs.</summary>
    public static DateOnly CreationCutoff { get; } = new(2026, 6, 30);

    /// <summary>The cutoff as messages write it: <c>2026-06-30</c>.</summary>
    public static string CutoffText => CreationCutoff.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True when, at <paramref name="now"/>, Batch refuses to create compute environments on its AL2 AMIs.</summary>
    public static bool CreationRefused(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime) >= CreationCutoff;

    /// <summary>True for an image that asks Batch for one of its own ECS AL2 AMIs.</summary>
    public static bool IsBatchProvidedAl2(ComputeEnvironmentImageSpec image) =>
        image.Type is "ECS_AL2" or "ECS_AL2_NVIDIA" && image.ImageIdOverride is null;

    /// <summary>The AL2023 counterpart of an AL2 image type (<c>ECS_AL2_NVIDIA</c> → <c>ECS_AL2023_NVIDIA</c>).</summary>
    public static string Successor(string type) => type.Replace("AL2", "AL2023", StringComparison.Ordinal);
}
