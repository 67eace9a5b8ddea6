using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Domain.Remediation;

/// <summary>
/// Decides whether one job is stuck in RUNNABLE and why. Pure: the job, its queue (with CEs, policy and head) and
/// <c>now</c> come in, a <see cref="StuckJobDecision"/> comes out.
/// </summary>
/// <remarks>
/// Batch writes a blocked reason only into the head job's <c>statusReason</c>, so that reason wins when present (an
/// unknown code is kept as <see cref="StuckCause.BatchReported"/>). Otherwise the <see cref="ComputeEnvironmentChecks"/>
/// run. A job with no finding of its own that waits behind a stuck head is <see cref="StuckVerdict.Blocked"/>: acting on
/// the head is what frees it. Without head-of-queue data (no GetJobQueueSnapshot, as on moto) such a job is judged alone.
/// </remarks>
public static class StuckJobDiagnosis
{
    /// <summary>The decision for <paramref name="job"/>.</summary>
    /// <param name="job">DescribeJobs' detail of the job.</param>
    /// <param name="queue">The job's queue as the sweep sees it.</param>
    /// <param name="runnableSince">When the job became RUNNABLE (the event's time); null to use <c>createdAt</c>.</param>
    /// <param name="now">The current time.</param>
    public static StuckJobDecision Decide(JobDetail job, QueueView queue, DateTimeOffset? runnableSince, DateTimeOffset now)
    {
        var since = runnableSince ?? (job.CreatedAt is { } created ? DateTimeOffset.FromUnixTimeMilliseconds(created) : now);
        var age = now - since;
        if (age < TimeSpan.Zero) age = TimeSpan.Zero;
        StuckJobDecision Verdict(StuckVerdict verdict, StuckCause? cause = null, ImmutableArray<string> evidence = default, string? blockedBy = null) =>
            new(job.JobId ?? "", job.JobName ?? "", job.JobQueue ?? queue.Queue.JobQueueArn ?? "", verdict, cause,
                evidence.IsDefault ? [] : evidence, verdict == StuckVerdict.Stuck ? queue.Policy.Action : null, age, blockedBy);

        if (job.IsCancelled == true || job.IsTerminated == true || job.Tags?.ContainsKey(ResubmitRequest.NotifiedTag) == true
            || job.StatusReason?.StartsWith(StuckJobDecision.ReasonPrefix, StringComparison.Ordinal) == true)
            return Verdict(StuckVerdict.AlreadyRemediated);
        if (job.Status != "RUNNABLE") return Verdict(StuckVerdict.NotRunnable);
        if (age < TimeSpan.FromSeconds(queue.Policy.AfterSeconds)) return Verdict(StuckVerdict.NotYet);

        var (findings, incomplete) = ComputeEnvironmentChecks.Run(JobDemand.Of(job), queue.ComputeEnvironments);
        if (StuckCauses.CodeOf(job.StatusReason) is { } code)
            return Verdict(StuckVerdict.Stuck, StuckCauses.FromBatchCode(code), [$"statusReason: {job.StatusReason}", .. findings.Select(f => f.Evidence)]);
        if (!findings.IsEmpty)
            return Verdict(StuckVerdict.Stuck, findings[0].Cause, [.. findings.Select(f => f.Evidence)]);

        if (queue.Head is { } head && head.JobArn != job.JobArn && IsStuck(head, queue, now))
            return Verdict(StuckVerdict.Blocked, StuckCauses.CodeOf(head.StatusReason) is { } headCode ? StuckCauses.FromBatchCode(headCode) : StuckCause.Undetermined,
                [$"behind the head of the queue, {head.JobArn}, there since {head.AtPositionSince:O}" + (head.StatusReason is { } r ? $" ({r})" : "")], head.JobArn);
        return incomplete
            ? Verdict(StuckVerdict.Stuck, StuckCause.Undetermined, ["some instance types are not in the catalog, so the placement checks were skipped"])
            : Verdict(StuckVerdict.Stuck, StuckCause.WaitingForCapacity, ["the compute environments can run the job; it is waiting for capacity"]);
    }

    private static bool IsStuck(QueueHead head, QueueView queue, DateTimeOffset now) =>
        StuckCauses.CodeOf(head.StatusReason) is not null || now - head.AtPositionSince >= TimeSpan.FromSeconds(queue.Policy.AfterSeconds);
}
