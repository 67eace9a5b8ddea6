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
            ? ComputeEnvironmentMessages.BestFitAllowsNoInPlaceUpdate
            : role is not null && RuleContext.Known(role) && !role.EndsWith("/" + RoleRule.ServiceLinkedRoleName, StringComparison.Ordinal)
                ? ComputeEnvironmentMessages.CustomRoleAllowsNoInPlaceUpdate
                : null;
        if (why is not null)
            diagnostics.Warning(spec.PathOf(property), DiagnosticCodes.CeNoInPlaceUpdates,
                ComputeEnvironmentMessages.NoInPlaceUpdate(property, why));
        if (instance.UpdateToLatestImageVersion == true && instance.Images?.FirstOrDefault(i => i.ImageIdOverride is not null) is { } pinned)
            diagnostics.Warning(spec.PathOf("UpdateToLatestImageVersion"), DiagnosticCodes.CeNoInPlaceUpdates,
                ComputeEnvironmentMessages.PinnedImage(pinned.ImageIdOverride));
    }
}
