using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobQueues;

/// <summary>The provider's remediation for jobs stuck RUNNABLE on a queue.</summary>
/// <param name="AfterSeconds">How long a job may stay RUNNABLE; required, greater than 0.</param>
/// <param name="Action">Cancel, Terminate, Resubmit or Notify; required.</param>
/// <param name="ResubmitTo">For Resubmit: the Id of another queue of this stack.</param>
/// <param name="Path">Where the policy stands.</param>
public sealed record StuckJobsSpec(long? AfterSeconds, StuckJobAction? Action, string? ResubmitTo, PropertyPath Path);
