using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// The allocation strategy fits the purchase option and kind: SPOT_* only with Spot, BEST_FIT_PROGRESSIVE_ORDERED
/// only On-Demand, and not BEST_FIT on EKS (Batch requires an explicit strategy there; CDK refuses BEST_FIT).
/// </summary>
public sealed class AllocationStrategyRule : ComputeEnvironmentRule
{
    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (spec is not InstanceComputeEnvironmentSpec { AllocationStrategy: { } strategy } instance || !RuleContext.Known(strategy)) return;
        var path = spec.PathOf("AllocationStrategy");
        var spot = instance.Spot == true;
        if (strategy.StartsWith("SPOT_", StringComparison.Ordinal) && !spot)
            diagnostics.Error(path, DiagnosticCodes.CeAllocationStrategy,
                $"AllocationStrategy is {strategy}, which is only for Spot; set Spot: true, or use BEST_FIT_PROGRESSIVE or BEST_FIT_PROGRESSIVE_ORDERED for On-Demand.");
        else if (strategy == "BEST_FIT_PROGRESSIVE_ORDERED" && spot)
            diagnostics.Error(path, DiagnosticCodes.CeAllocationStrategy,
                "AllocationStrategy is BEST_FIT_PROGRESSIVE_ORDERED, which is only for On-Demand; with Spot use SPOT_PRICE_CAPACITY_OPTIMIZED, SPOT_CAPACITY_OPTIMIZED or SPOT_CAPACITY_OPTIMIZED_PRIORITIZED.");
        else if (strategy == "BEST_FIT" && spec is ManagedEksComputeEnvironmentSpec)
            diagnostics.Error(path, DiagnosticCodes.CeAllocationStrategy,
                $"AllocationStrategy is BEST_FIT, which a ManagedEks compute environment does not support; use {(spot ? "SPOT_PRICE_CAPACITY_OPTIMIZED" : "BEST_FIT_PROGRESSIVE")}.");
    }
}
