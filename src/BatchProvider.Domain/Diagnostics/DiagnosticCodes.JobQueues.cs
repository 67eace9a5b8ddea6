namespace BatchProvider.Domain.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>A queue needs 1 to 3 compute environments.</summary>
    public const string JqComputeEnvironmentCount = "BS0201";

    /// <summary>Two compute environments of a queue with the same Order.</summary>
    public const string JqDuplicateOrder = "BS0202";

    /// <summary>A compute environment Id that the stack does not define.</summary>
    public const string JqUnknownComputeEnvironment = "BS0203";

    /// <summary>Fargate, EKS and ECS EC2 compute environments mixed in one queue.</summary>
    public const string JqMixedPlatforms = "BS0204";

    /// <summary>x86_64 and arm64 compute environments mixed in one queue.</summary>
    public const string JqMixedArchitectures = "BS0205";

    /// <summary>Priority outside 0..1000.</summary>
    public const string JqPriority = "BS0206";

    /// <summary>A time-limit action's After outside 10 minutes..24 hours.</summary>
    public const string JqTimeLimitAfter = "BS0207";

    /// <summary>A time-limit action's Action other than CANCEL.</summary>
    public const string JqTimeLimitAction = "BS0208";

    /// <summary>A time-limit action's State other than RUNNABLE.</summary>
    public const string JqTimeLimitState = "BS0209";

    /// <summary>A time-limit action's Reason Batch never reports (warning).</summary>
    public const string JqTimeLimitReason = "BS0210";

    /// <summary>StuckJobs.After must be greater than 0.</summary>
    public const string JqStuckJobsAfter = "BS0211";

    /// <summary>StuckJobs Resubmit without ResubmitTo.</summary>
    public const string JqResubmitToMissing = "BS0212";

    /// <summary>ResubmitTo names no queue of the stack.</summary>
    public const string JqResubmitToUnknown = "BS0213";

    /// <summary>SchedulingPolicy names no policy of the stack.</summary>
    public const string JqUnknownSchedulingPolicy = "BS0214";

    /// <summary>The same compute environment twice in one queue.</summary>
    public const string JqDuplicateComputeEnvironment = "BS0215";

    /// <summary>A compute environment ARN that is not one.</summary>
    public const string JqComputeEnvironmentArn = "BS0216";

    /// <summary>ResubmitTo names the queue itself.</summary>
    public const string JqResubmitToSelf = "BS0217";

    /// <summary>ResubmitTo names a queue whose compute environments cannot run this queue's jobs.</summary>
    public const string JqResubmitToIncompatible = "BS0218";

    /// <summary>ResubmitTo given with an action other than Resubmit (warning).</summary>
    public const string JqResubmitToIgnored = "BS0219";

    /// <summary>The same Reason in two time-limit actions.</summary>
    public const string JqDuplicateTimeLimitReason = "BS0220";

    /// <summary>A negative Order.</summary>
    public const string JqOrder = "BS0221";

    /// <summary>Two queues sharing a compute environment with the same Priority (warning).</summary>
    public const string JqEqualPriorityShared = "BS0222";

    /// <summary>Queues resubmitting to each other in a cycle (warning).</summary>
    public const string JqResubmitCycle = "BS0224";

    /// <summary>ResubmitTo names a disabled queue, which rejects submissions.</summary>
    public const string JqResubmitToDisabled = "BS0225";

    /// <summary>A queue whose compute environments of this stack are all disabled (warning).</summary>
    public const string JqNoEnabledComputeEnvironment = "BS0226";
}
