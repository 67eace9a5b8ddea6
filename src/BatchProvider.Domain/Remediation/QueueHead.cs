namespace BatchProvider.Domain.Remediation;

/// <summary>The job at the front of a queue, from GetJobQueueSnapshot (<c>frontOfQueue.jobs[0]</c>).</summary>
/// <param name="JobArn">The head job's ARN.</param>
/// <param name="AtPositionSince">When it reached the head (<c>earliestTimeAtPosition</c>).</param>
/// <param name="StatusReason">Its <c>statusReason</c>, when known (Batch writes the blocked reason only there).</param>
public sealed record QueueHead(string JobArn, DateTimeOffset AtPositionSince, string? StatusReason);
