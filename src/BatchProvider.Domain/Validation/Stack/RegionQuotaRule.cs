using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Validation.Stack;

/// <summary>Warns when one stack alone exceeds Batch's default Region quotas (50 compute environments, 50 job queues).</summary>
public sealed class RegionQuotaRule : IStackRule
{
    /// <summary>Batch's default limit of compute environments per Region.</summary>
    public const int MaxComputeEnvironments = 50;

    /// <summary>Batch's default limit of job queues per Region.</summary>
    public const int MaxJobQueues = 50;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        Warn("ComputeEnvironments", context.Spec.ComputeEnvironments.Length, MaxComputeEnvironments, diagnostics);
        Warn("JobQueues", context.Spec.JobQueues.Length, MaxJobQueues, diagnostics);
    }

    private static void Warn(string family, int count, int max, DiagnosticBag diagnostics)
    {
        if (count <= max) return;
        diagnostics.Warning(PropertyPath.Root.Property(family), DiagnosticCodes.RegionQuota,
            $"{family} has {count} items; Batch allows {max} per Region by default, so creation will fail unless the quota was raised.");
    }
}
