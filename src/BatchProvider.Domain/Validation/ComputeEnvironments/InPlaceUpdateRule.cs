using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// Warns when UpdatePolicy or UpdateToLatestImageVersion cannot act: Batch updates infrastructure in place only for
/// environments using the service-linked role and BEST_FIT_PROGRESSIVE or a SPOT_*_OPTIMIZED strategy (any other
/// change replaces the environment); and a pinned AMI (ImageIdOverride) never moves to the latest image.
/// </summary>
public sealed class InPlaceUpdateRule : ComputeEnvironmentRule
{
    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (spec is not InstanceComputeEnvironmentSpec instance || (instance.UpdatePolicy is null && instance.UpdateToLatestImageVersion != true)) return;
        var property = instance.UpdatePolicy is not null ? "UpdatePolicy" : "UpdateToLatestImageVersion";
        var strategy = desired.Create.ComputeResources?.AllocationStrategy;
        var role = instance.ServiceRole;
        string? why = strategy == "BEST_FIT"
            ? "AllocationStrategy BEST_FIT allows no in-place infrastructure update"
            : role is not null && RuleContext.Known(role) && !role.EndsWith("/" + RoleRule.ServiceLinkedRoleName, StringComparison.Ordinal)
                ? "a custom ServiceRole allows no in-place infrastructure update (only the AWSServiceRoleForBatch service-linked role does)"
                : null;
        if (why is not null)
            diagnostics.Warning(spec.PathOf(property), DiagnosticCodes.CeNoInPlaceUpdates,
                $"{property} has no effect: {why}, so changes replace the compute environment; remove it, or use BEST_FIT_PROGRESSIVE / SPOT_PRICE_CAPACITY_OPTIMIZED with the service-linked role.");
        if (instance.UpdateToLatestImageVersion == true && instance.Images?.FirstOrDefault(i => i.ImageIdOverride is not null) is { } pinned)
            diagnostics.Warning(spec.PathOf("UpdateToLatestImageVersion"), DiagnosticCodes.CeNoInPlaceUpdates,
                $"UpdateToLatestImageVersion has no effect while an image is pinned with ImageIdOverride ({pinned.ImageIdOverride}); remove one of them.");
    }
}
