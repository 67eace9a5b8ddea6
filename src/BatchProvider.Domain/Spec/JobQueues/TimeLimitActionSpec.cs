using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobQueues;

/// <summary>One of Batch's jobStateTimeLimitActions.</summary>
/// <param name="Reason">The RUNNABLE reason it applies to, e.g. <c>CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY</c>; required.</param>
/// <param name="AfterSeconds">How long a job waits in that state (600..86400 seconds); required.</param>
/// <param name="Action">CANCEL (the only action for ECS, EKS and Fargate queues). The default is CANCEL.</param>
/// <param name="State">The job state watched; only RUNNABLE. The default is RUNNABLE.</param>
/// <param name="Path">Where the entry stands.</param>
public sealed record TimeLimitActionSpec(string? Reason, long? AfterSeconds, string? Action, string? State, PropertyPath Path);
