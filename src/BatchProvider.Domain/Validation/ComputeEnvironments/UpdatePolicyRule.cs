using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Parsing;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>
/// UpdatePolicy.JobExecutionTimeout is whole minutes from 1 to 7200 (the current API; older docs said 360);
/// ScalingPolicy.MinScaleDownDelay is 0 or whole minutes from 20 to 10080.
/// </summary>
public sealed class UpdatePolicyRule : ComputeEnvironmentRule
{
    /// <summary>The API's maximum JobExecutionTimeout in minutes.</summary>
    public const long MaxJobExecutionTimeoutMinutes = 7200;

    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (spec is not InstanceComputeEnvironmentSpec instance) return;
        if (instance.UpdatePolicy is { JobExecutionTimeoutSeconds: { } timeout } policy
            && (timeout % 60 != 0 || timeout < 60 || timeout > MaxJobExecutionTimeoutMinutes * 60))
            diagnostics.Error(policy.Path.Property("JobExecutionTimeout"), DiagnosticCodes.CeUpdatePolicyTimeout,
                $"JobExecutionTimeout is {Scalars.FormatDuration(timeout)}; use whole minutes from 1m to {MaxJobExecutionTimeoutMinutes}m (5d).");
        if (instance.ScalingPolicy is { MinScaleDownDelaySeconds: { } delay } scaling
            && delay != 0 && (delay % 60 != 0 || delay < 20 * 60 || delay > 10080 * 60))
            diagnostics.Error(scaling.Path.Property("MinScaleDownDelay"), DiagnosticCodes.CeScalingPolicyDelay,
                $"MinScaleDownDelay is {Scalars.FormatDuration(delay)}; use whole minutes from 20m to 7d, or 0 to unset it.");
    }
}
