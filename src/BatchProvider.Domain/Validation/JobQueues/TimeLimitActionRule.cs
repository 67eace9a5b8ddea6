using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Parsing;
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
                    $"After is {Scalars.FormatDuration(after)}; use a value from 10m to 24h (600 to 86400 seconds).");
            if (RuleContext.Known(action.Action) && !string.Equals(action.Action, "CANCEL", StringComparison.OrdinalIgnoreCase))
                diagnostics.Error(action.Path.Property("Action"), DiagnosticCodes.JqTimeLimitAction,
                    string.Equals(action.Action, "TERMINATE", StringComparison.OrdinalIgnoreCase)
                        ? "Action is TERMINATE, which Batch allows only on SageMaker training queues; use CANCEL."
                        : $"Action is \"{action.Action}\"; use CANCEL.");
            if (RuleContext.Known(action.State) && !string.Equals(action.State, "RUNNABLE", StringComparison.OrdinalIgnoreCase))
                diagnostics.Error(action.Path.Property("State"), DiagnosticCodes.JqTimeLimitState, $"State is \"{action.State}\"; Batch only watches RUNNABLE, so use RUNNABLE or leave it out.");
            if (!RuleContext.Known(action.Reason)) continue;
            if (!ActionableReasons.Contains(action.Reason))
                diagnostics.Warning(action.Path.Property("Reason"), DiagnosticCodes.JqTimeLimitReason,
                    $"Reason is \"{action.Reason}\", which Batch does not report for RUNNABLE jobs, so the action never runs; use one of {string.Join(", ", ActionableReasons)}.{Suggestions.DidYouMean(action.Reason!, ActionableReasons)}");
            if (!reasons.Add(action.Reason!))
                diagnostics.Error(action.Path.Property("Reason"), DiagnosticCodes.JqDuplicateTimeLimitReason, $"Reason {action.Reason} has two time limit actions; keep one.");
        }
    }
}
