using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobQueues;

namespace BatchProvider.Domain.Validation.JobQueues;

/// <summary>
/// Batch's jobStateTimeLimitActions: After from 10 minutes to 24 hours, Action CANCEL (TERMINATE is for SageMaker
/// training queues only), State RUNNABLE, a Reason Batch actually reports (warning otherwise), each Reason once.
/// </summary>
public sealed class TimeLimitActionRule : JobQueueRule
{
    /// <summary>The shortest After Batch accepts.</summary>
    public const long MinSeconds = 600;

    /// <summary>The longest After Batch accepts.</summary>
    public const long MaxSeconds = 86400;

    /// <summary>The RUNNABLE reasons Batch reports and can act on.</summary>
    public static IReadOnlyList<string> ActionableReasons { get; } =
    [
        "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY",
        "MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE",
        "MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT",
    ];

    /// <inheritdoc />
    protected override void Check(JobQueueSpec spec, DesiredJobQueue desired, RuleContext context, DiagnosticBag diagnostics)
    {
        var reasons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in spec.TimeLimitActions)
        {
            if (action.AfterSeconds is { } after && (after < MinSeconds || after > MaxSeconds))
                diagnostics.Error(action.Path.Property("After"), DiagnosticCodes.JqTimeLimitAfter,
                    JobQueueMessages.TimeLimitAfterOutOfRange(after));
            if (RuleContext.Known(action.Action) && !string.Equals(action.Action, "CANCEL", StringComparison.OrdinalIgnoreCase))
                diagnostics.Error(action.Path.Property("Action"), DiagnosticCodes.JqTimeLimitAction,
                    string.Equals(action.Action, "TERMINATE", StringComparison.OrdinalIgnoreCase)
                        ? JobQueueMessages.TimeLimitTerminate
                        : JobQueueMessages.TimeLimitAction(action.Action));
            if (RuleContext.Known(action.State) && !string.Equals(action.State, "RUNNABLE", StringComparison.OrdinalIgnoreCase))
                diagnostics.Error(action.Path.Property("State"), DiagnosticCodes.JqTimeLimitState, JobQueueMessages.TimeLimitState(action.State));
            if (!RuleContext.Known(action.Reason)) continue;
            if (!ActionableReasons.Contains(action.Reason))
                diagnostics.Warning(action.Path.Property("Reason"), DiagnosticCodes.JqTimeLimitReason,
                    JobQueueMessages.TimeLimitReasonNotReported(action.Reason!, ActionableReasons));
            if (!reasons.Add(action.Reason!))
                diagnostics.Error(action.Path.Property("Reason"), DiagnosticCodes.JqDuplicateTimeLimitReason, JobQueueMessages.DuplicateTimeLimitReason(action.Reason));
        }
    }
}
