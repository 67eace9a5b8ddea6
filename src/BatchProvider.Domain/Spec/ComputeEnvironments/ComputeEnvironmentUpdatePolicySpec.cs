namespace BatchProvider.Domain.Spec.ComputeEnvironments;

/// <summary>How an infrastructure update treats running jobs.</summary>
/// <param name="TerminateJobsOnUpdate">Terminate running jobs. Batch's default is false.</param>
/// <param name="JobExecutionTimeoutSeconds">How long to wait for running jobs (whole minutes, 1..7200). Batch's default is 30 minutes.</param>
/// <param name="Path">Where the policy stands.</param>
public sealed record ComputeEnvironmentUpdatePolicySpec(bool? TerminateJobsOnUpdate, long? JobExecutionTimeoutSeconds, Diagnostics.PropertyPath Path);
