namespace BatchProvider.Domain.Spec.ComputeEnvironments;

/// <summary>Batch's scaling policy for a managed EC2 environment.</summary>
/// <param name="MinScaleDownDelaySeconds">How long an idle instance is kept (20 minutes .. 7 days, or 0 to unset). Default none.</param>
/// <param name="Path">Where the policy stands.</param>
public sealed record ScalingPolicySpec(long? MinScaleDownDelaySeconds, Diagnostics.PropertyPath Path);
