namespace BatchProvider.Domain.Planning;

/// <summary>The four Batch resource families a BatchStack manages.</summary>
public enum ResourceFamily
{
    /// <summary>A compute environment.</summary>
    ComputeEnvironment,

    /// <summary>A job queue.</summary>
    JobQueue,

    /// <summary>A fair-share scheduling policy.</summary>
    SchedulingPolicy,

    /// <summary>A job definition (all revisions of one name).</summary>
    JobDefinition,
}
