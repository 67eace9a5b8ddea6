using BatchProvider.Domain.Collections;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobQueues;

/// <summary>A job queue as written.</summary>
/// <param name="Id">The item's <c>Id</c>; the Batch name is <c>{Name}-{Id}</c>.</param>
/// <param name="Path">Where the item stands, e.g. <c>JobQueues[0]</c>.</param>
public sealed record JobQueueSpec(string Id, PropertyPath Path) : ISpecItem
{
    /// <summary>Higher wins when queues share a compute environment (0..1000). The default is 1.</summary>
    public int? Priority { get; init; }

    /// <summary>The queue's compute environments (1..3), tried in order.</summary>
    public ValueList<QueueComputeEnvironmentSpec> ComputeEnvironments { get; init; } = [];

    /// <summary>The Id of a scheduling policy of this stack; none makes a FIFO queue (for ever: Batch cannot add one later).</summary>
    public string? SchedulingPolicy { get; init; }

    /// <summary>False creates the queue DISABLED. The default is true.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Tags of the queue. Default none.</summary>
    public ValueMap<string, string>? Tags { get; init; }

    /// <summary>Batch's own actions for jobs stuck RUNNABLE (jobStateTimeLimitActions). Default none.</summary>
    public ValueList<TimeLimitActionSpec> TimeLimitActions { get; init; } = [];

    /// <summary>The provider's remediation for jobs stuck RUNNABLE. Default none.</summary>
    public StuckJobsSpec? StuckJobs { get; init; }
}
