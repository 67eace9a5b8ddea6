namespace BatchProvider.Domain.Expansion.JobQueues;

/// <summary>The defaults a job queue gets when a property is left out.</summary>
public static class JobQueueDefaults
{
    /// <summary>Priority, as CDK's default.</summary>
    public const int Priority = 1;

    /// <summary>A time-limit action's action: the only one Batch allows for ECS, EKS and Fargate queues.</summary>
    public const string TimeLimitAction = "CANCEL";

    /// <summary>A time-limit action's state: the only one Batch watches.</summary>
    public const string TimeLimitState = "RUNNABLE";
}
