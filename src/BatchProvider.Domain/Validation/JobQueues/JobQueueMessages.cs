using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Parsing;

namespace BatchProvider.Domain.Validation.JobQueues;

/// <summary>
/// Every job-queue message text, in one catalog (NodaTime's TextErrorMessages): each says what is wrong and what
/// would be valid; the path travels separately in the diagnostic. The summary of each member names its code.
/// </summary>
public static class JobQueueMessages
{
    /// <summary>BS0201, too many compute environments.</summary>
    public static string TooManyComputeEnvironments(int count, int max) => $"ComputeEnvironments has {count} entries; a job queue takes 1 to {max}.";

    /// <summary>BS0201, an empty list.</summary>
    public const string ComputeEnvironmentsEmpty = "ComputeEnvironments is empty; a job queue takes 1 to 3 compute environments.";

    /// <summary>BS0202.</summary>
    public static string DuplicateOrder(int order, string other) =>
        $"Order {order} is also the order of {Quoted.Bare(other)}; give each compute environment of a queue a different Order.";

    /// <summary>BS0203, with a did-you-mean among <paramref name="ids"/>.</summary>
    public static string UnknownComputeEnvironment(string reference, IReadOnlyCollection<string> ids) =>
        $"ComputeEnvironment {Quoted.Value(reference)} is not a compute environment of this stack; use one of {(ids.Count == 0 ? "(none defined)" : Quoted.List(ids))}.{Suggestions.DidYouMean(reference, ids)}";

    /// <summary>BS0204.</summary>
    public static string MixedPlatforms(string id, string platform, string firstId, string firstPlatform) =>
        $"ComputeEnvironments mixes {Quoted.Bare(id)} ({platform}) with {Quoted.Bare(firstId)} ({firstPlatform}); a queue's compute environments must all be ECS on EC2, all EKS or all Fargate; use separate queues.";

    /// <summary>BS0205.</summary>
    public static string MixedArchitectures(string id, string architecture, string firstId, string firstArchitecture) =>
        $"ComputeEnvironments mixes {Quoted.Bare(id)} ({architecture}) with {Quoted.Bare(firstId)} ({firstArchitecture}); a queue's compute environments must share one CPU architecture; use separate queues.";

    /// <summary>BS0206.</summary>
    public static string PriorityOutOfRange(int? priority, int max) =>
        $"Priority is {priority}; use a value from 0 to {max} (higher wins when queues share a compute environment).";

    /// <summary>BS0207.</summary>
    public static string TimeLimitAfterOutOfRange(long seconds) =>
        $"After is {Scalars.FormatDuration(seconds)}; use a value from 10m to 24h (600 to 86400 seconds).";

    /// <summary>BS0208, TERMINATE.</summary>
    public const string TimeLimitTerminate = "Action is TERMINATE, which Batch allows only on SageMaker training queues; use CANCEL.";

    /// <summary>BS0208, any other action.</summary>
    public static string TimeLimitAction(string? action) => $"Action is {Quoted.Value(action)}; use CANCEL.";

    /// <summary>BS0209.</summary>
    public static string TimeLimitState(string? state) => $"State is {Quoted.Value(state)}; Batch only watches RUNNABLE, so use RUNNABLE or leave it out.";

    /// <summary>BS0210, with a did-you-mean among <paramref name="actionable"/>.</summary>
    public static string TimeLimitReasonNotReported(string reason, IReadOnlyList<string> actionable) =>
        $"Reason is {Quoted.Value(reason)}, which Batch does not report for RUNNABLE jobs, so the action never runs; use one of {string.Join(", ", actionable)}.{Suggestions.DidYouMean(reason, actionable)}";

    /// <summary>BS0211.</summary>
    public const string StuckJobsAfterZero = "After is 0s; give how long a job may stay RUNNABLE, e.g. 30m.";

    /// <summary>BS0212.</summary>
    public const string ResubmitToMissing = "ResubmitTo is required with Action: Resubmit; give the Id of another job queue of this stack.";

    /// <summary>BS0213, a computed value.</summary>
    public const string ResubmitToComputed = "ResubmitTo must be written as the Id of another job queue of this stack, not computed.";

    /// <summary>BS0213, with a did-you-mean among <paramref name="ids"/> (the other queues).</summary>
    public static string ResubmitToUnknown(string target, IReadOnlyList<string> ids) =>
        $"ResubmitTo is {Quoted.Value(target)}, which is not a job queue of this stack; use one of {(ids.Count > 0 ? Quoted.List(ids) : "(none defined)")}.{Suggestions.DidYouMean(target, ids)}";

    /// <summary>BS0214, a computed value.</summary>
    public const string SchedulingPolicyComputed = "SchedulingPolicy must be written as the Id of a scheduling policy of this stack, not computed.";

    /// <summary>BS0214, with a did-you-mean among <paramref name="ids"/>.</summary>
    public static string UnknownSchedulingPolicy(string name, IReadOnlyList<string> ids) =>
        $"SchedulingPolicy is {Quoted.Value(name)}, which is not a scheduling policy of this stack; use one of {(ids.Count > 0 ? Quoted.List(ids) : "(none defined: add it to SchedulingPolicies)")}.{Suggestions.DidYouMean(name, ids)}";

    /// <summary>BS0215.</summary>
    public static string DuplicateComputeEnvironment(string reference) =>
        $"ComputeEnvironment {Quoted.Bare(reference)} appears twice in this queue; list each compute environment once.";

    /// <summary>BS0216.</summary>
    public static string NotComputeEnvironmentArn(string reference) =>
        $"ComputeEnvironment {Quoted.Value(reference)} is not a compute environment ARN; use arn:aws:batch:REGION:ACCOUNT:compute-environment/NAME, or the Id of one of this stack's compute environments.";

    /// <summary>BS0217; <paramref name="ids"/> are the other queues.</summary>
    public static string ResubmitToSelf(string target, IReadOnlyList<string> ids) =>
        $"ResubmitTo is {Quoted.Bare(target)}, the queue itself, so the job would stay stuck; name another queue{(ids.Count > 0 ? $": {Quoted.List(ids)}" : "")}.";

    /// <summary>BS0218, another platform.</summary>
    public static string ResubmitToOtherPlatform(string target, IEnumerable<string> targetPlatforms, string platform) =>
        $"ResubmitTo is {Quoted.Bare(target)}, whose compute environments are {string.Join(", ", targetPlatforms)}, but this queue's jobs run on {platform}; resubmit to a queue of the same platform.";

    /// <summary>BS0218, another CPU architecture.</summary>
    public static string ResubmitToOtherArchitecture(string target, string targetArchitecture, string architecture) =>
        $"ResubmitTo is {Quoted.Bare(target)}, whose instances are {targetArchitecture}, but this queue's jobs run on {architecture}; resubmit to a queue of the same CPU architecture.";

    /// <summary>BS0219.</summary>
    public static string ResubmitToIgnored(StuckJobAction? action) => $"ResubmitTo is set, but Action is {action}; it is used only with Action: Resubmit.";

    /// <summary>BS0220.</summary>
    public static string DuplicateTimeLimitReason(string? reason) => $"Reason {reason} has two time limit actions; keep one.";

    /// <summary>BS0221.</summary>
    public static string NegativeOrder(int order) => $"Order is {order}; use 0 or more (lower is tried first).";

    /// <summary>BS0222.</summary>
    public static string EqualPriorityShared(int? priority, string otherQueue, string? computeEnvironment) =>
        $"Priority is {priority}, the same as queue {Quoted.Bare(otherQueue)}, and both use compute environment {Quoted.Bare(computeEnvironment)}; give one queue a higher Priority so Batch knows whose jobs go first.";

    /// <summary>BS0224.</summary>
    public static string ResubmitCycle(string target, string queue) =>
        $"ResubmitTo is {Quoted.Bare(target)}, which resubmits its stuck jobs back to {Quoted.Bare(queue)}; a job that fits neither queue moves back and forth for ever; let one of them Cancel or Notify.";

    /// <summary>BS0225.</summary>
    public static string ResubmitToDisabled(string target) => $"ResubmitTo is {Quoted.Bare(target)}, which has Enabled: false and rejects new jobs; resubmit to an enabled queue.";

    /// <summary>BS0226.</summary>
    public static string NoEnabledComputeEnvironment(string queue) =>
        $"Every compute environment of queue {Quoted.Bare(queue)} has Enabled: false, so its jobs stay RUNNABLE; enable one of them.";
}
