using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// Spot-only settings need Spot: SpotBidPercentage and SpotFleetRole without Spot are errors; Spot with BEST_FIT
/// needs a SpotFleetRole (Batch uses a Spot Fleet then).
/// </summary>
public sealed class SpotRule : ComputeEnvironmentRule
{
    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (spec is not InstanceComputeEnvironmentSpec instance) return;
        var spot = instance.Spot == true;
        if (!spot && instance.SpotBidPercentage is { } bid)
            diagnostics.Error(spec.PathOf("SpotBidPercentage"), DiagnosticCodes.CeBidPercentageWithoutSpot,
                $"SpotBidPercentage is {bid}, but the compute environment is On-Demand; set Spot: true or remove SpotBidPercentage.");
        if (instance.SpotBidPercentage is < 0 or > 100)
            diagnostics.Error(spec.PathOf("SpotBidPercentage"), DiagnosticCodes.OutOfRange,
                $"SpotBidPercentage is {instance.SpotBidPercentage}; use a value from 0 to 100 (percent of the On-Demand price).");
        if (!spot && instance.SpotFleetRole is not null)
            diagnostics.Error(spec.PathOf("SpotFleetRole"), DiagnosticCodes.CeSpotFleetRoleWithoutSpot,
                "SpotFleetRole is set, but the compute environment is On-Demand; set Spot: true or remove SpotFleetRole.");
        if (spot && desired.Create.ComputeResources?.AllocationStrategy == "BEST_FIT" && instance.SpotFleetRole is null)
            diagnostics.Error(spec.PathOf("SpotFleetRole"), DiagnosticCodes.CeSpotFleetRoleRequired,
                "SpotFleetRole is required for Spot with AllocationStrategy BEST_FIT; give the ARN of a role with AmazonEC2SpotFleetTaggingRole, or use SPOT_PRICE_CAPACITY_OPTIMIZED.");
    }
}
