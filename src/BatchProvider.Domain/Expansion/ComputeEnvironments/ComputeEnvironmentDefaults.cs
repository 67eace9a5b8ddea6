namespace BatchProvider.Domain.Expansion.ComputeEnvironments;

/// <summary>The defaults a compute environment gets when a property is left out (CDK's L2 defaults; batch-rules.md section B).</summary>
public static class ComputeEnvironmentDefaults
{
    /// <summary>MinvCpus: nothing runs (and nothing is paid for) while idle.</summary>
    public const int MinvCpus = 0;

    /// <summary>MaxvCpus, as CDK's <c>DEFAULT_MAX_VCPUS</c>.</summary>
    public const int MaxvCpus = 256;

    /// <summary>On-Demand allocation strategy (CDK's choice; the API's own default, BEST_FIT, cannot be updated in place).</summary>
    public const string OnDemandAllocationStrategy = "BEST_FIT_PROGRESSIVE";

    /// <summary>Spot allocation strategy (CDK's choice).</summary>
    public const string SpotAllocationStrategy = "SPOT_PRICE_CAPACITY_OPTIMIZED";

    /// <summary>The instance-type token that lets Batch pick current-generation families.</summary>
    public const string OptimalInstanceType = "optimal";

    /// <summary>The image type of an ECS environment (Batch's default since 2026-01-12).</summary>
    public const string EcsImageType = "ECS_AL2023";

    /// <summary>The image type of an EKS environment.</summary>
    public const string EksImageType = "EKS_AL2023";

    /// <summary>Batch's ENABLED state.</summary>
    public const string Enabled = "ENABLED";

    /// <summary>Batch's DISABLED state.</summary>
    public const string Disabled = "DISABLED";
}
