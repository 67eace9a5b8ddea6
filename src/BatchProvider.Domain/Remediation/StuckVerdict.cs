namespace BatchProvider.Domain.Remediation;

/// <summary>What the diagnosis concluded about one job; only <see cref="Stuck"/> leads to an action.</summary>
public enum StuckVerdict
{
    /// <summary>The job has left RUNNABLE (or never reached it): nothing to do. Out-of-order events end here.</summary>
    NotRunnable,

    /// <summary>RUNNABLE for less than the queue's <c>StuckJobs.After</c>: check again later.</summary>
    NotYet,

    /// <summary>Already cancelled or terminated by BatchProvider (a duplicate event, or a cancel Batch has not applied yet).</summary>
    AlreadyRemediated,

    /// <summary>RUNNABLE longer than allowed, for a reason of its own or of the whole queue: the policy's action runs.</summary>
    Stuck,

    /// <summary>Waiting behind a stuck head of the queue: reported, not acted on (acting on the head unblocks it).</summary>
    Blocked,
}
