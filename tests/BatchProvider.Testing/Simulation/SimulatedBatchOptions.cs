namespace BatchProvider.Testing.Simulation;

/// <summary>
/// How the <see cref="SimulatedBatch"/> behaves in time. The defaults are in the range real Batch shows for managed EC2
/// compute environments (create about 1-2 minutes, delete a few minutes); <see cref="Instant"/> turns every delay off.
/// </summary>
public sealed record SimulatedBatchOptions
{
    /// <summary>Region in every ARN. The default is <c>us-east-1</c>.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>Account in every ARN. The default is <c>123456789012</c> (moto's too).</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>Round-trip time of every API call. The default is 50 ms.</summary>
    public TimeSpan ApiLatency { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>CREATING → VALID of a compute environment. The default is 90 s.</summary>
    public TimeSpan ComputeEnvironmentCreate { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>UPDATING → VALID of a compute environment. The default is 30 s.</summary>
    public TimeSpan ComputeEnvironmentUpdate { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>DELETING → gone of a compute environment. The default is 3 minutes.</summary>
    public TimeSpan ComputeEnvironmentDelete { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>CREATING → VALID of a job queue. The default is 15 s.</summary>
    public TimeSpan JobQueueCreate { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>UPDATING → VALID of a job queue. The default is 10 s.</summary>
    public TimeSpan JobQueueUpdate { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>DELETING → gone of a job queue. The default is 60 s.</summary>
    public TimeSpan JobQueueDelete { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a compute environment still reports a queue relationship after the queue let go of it (an
    /// UpdateJobQueue without it, or the queue's deletion). Real Batch does this for a short while; see
    /// hashicorp/terraform-provider-aws#46925. The default is 20 s.
    /// </summary>
    public TimeSpan QueueRelationshipLinger { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Calls per second above which calls fail with TooManyRequestsException; null for no limit (the default).</summary>
    public int? RequestsPerSecond { get; init; }

    /// <summary>No latency at all: every transition completes by the next call.</summary>
    public static SimulatedBatchOptions Instant { get; } = new()
    {
        ApiLatency = TimeSpan.Zero,
        ComputeEnvironmentCreate = TimeSpan.Zero,
        ComputeEnvironmentUpdate = TimeSpan.Zero,
        ComputeEnvironmentDelete = TimeSpan.Zero,
        JobQueueCreate = TimeSpan.Zero,
        JobQueueUpdate = TimeSpan.Zero,
        JobQueueDelete = TimeSpan.Zero,
        QueueRelationshipLinger = TimeSpan.Zero,
    };

    /// <summary>The defaults plus Batch's documented control-plane rate of about 50 requests per second.</summary>
    public static SimulatedBatchOptions Realistic { get; } = new() { RequestsPerSecond = 50 };
}
