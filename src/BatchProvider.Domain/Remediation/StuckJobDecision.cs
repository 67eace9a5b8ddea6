using System.Collections.Immutable;
using BatchProvider.Domain.Desired;

namespace BatchProvider.Domain.Remediation;

/// <summary>
/// The diagnosis of one job, as data: what was concluded, why, what shows it, and what to do. The Lambda acts on
/// <see cref="Action"/> alone; everything else goes into the reason, the log line and the notification.
/// </summary>
/// <param name="JobId">The job.</param>
/// <param name="JobName">Its name.</param>
/// <param name="QueueArn">Its queue.</param>
/// <param name="Verdict">Stuck, blocked, not yet, ...</param>
/// <param name="Cause">Why it is stuck (or why its head is); null unless <see cref="Verdict"/> is Stuck or Blocked.</param>
/// <param name="Evidence">Facts behind the cause, each a short sentence naming the field it comes from.</param>
/// <param name="Action">The policy's action for a stuck job; null for every other verdict.</param>
/// <param name="RunnableFor">How long the job has been RUNNABLE (from the event, else from createdAt).</param>
/// <param name="BlockedBy">For <see cref="StuckVerdict.Blocked"/>: the head job's ARN.</param>
public sealed record StuckJobDecision(
    string JobId,
    string JobName,
    string QueueArn,
    StuckVerdict Verdict,
    StuckCause? Cause,
    ImmutableArray<string> Evidence,
    StuckJobAction? Action,
    TimeSpan RunnableFor,
    string? BlockedBy)
{
    /// <summary>The prefix of every cancel/terminate reason BatchProvider writes; a job whose statusReason starts with it was already handled.</summary>
    public const string ReasonPrefix = "BatchProvider StuckJobs:";

    /// <summary>Batch's limit on a CancelJob/TerminateJob reason is not documented; this keeps it readable in the console.</summary>
    private const int MaxReasonLength = 1000;

    /// <summary>The reason for CancelJob/TerminateJob: the diagnosis in one line.</summary>
    public string Reason(string? resubmittedAs = null)
    {
        var text = $"{ReasonPrefix} RUNNABLE for {(long)RunnableFor.TotalSeconds}s; cause {Cause?.WireName() ?? "NONE"}"
                   + (Evidence.IsEmpty ? "" : ": " + string.Join("; ", Evidence))
                   + (resubmittedAs is null ? "" : $"; resubmitted as {resubmittedAs}");
        return text.Length <= MaxReasonLength ? text : text[..MaxReasonLength];
    }
}
