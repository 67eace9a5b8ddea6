using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;

namespace BatchProvider.Lambda.Remediation;

/// <summary>A job queue a BatchStack owns (ownership tags) that carries a stuck-jobs policy (<see cref="StuckJobsTag"/>).</summary>
/// <param name="Detail">DescribeJobQueues' detail.</param>
/// <param name="Stack">The owning stack's name.</param>
/// <param name="Id">The queue's spec Id.</param>
/// <param name="Policy">Its policy.</param>
public sealed record OwnedQueue(JobQueueDetail Detail, string Stack, string Id, StuckJobsPolicy Policy)
{
    /// <summary>The queue's ARN.</summary>
    public string Arn => Detail.JobQueueArn ?? "";

    /// <summary>The queue's name.</summary>
    public string Name => Detail.JobQueueName ?? "";

    /// <summary>The owned queue with a policy in <paramref name="detail"/>, or null for a foreign queue, one of another family, or one without a (valid) policy.</summary>
    public static OwnedQueue? From(JobQueueDetail detail)
    {
        var tags = detail.Tags;
        if (tags is null || !tags.TryGetValue(OwnershipTags.Stack, out var stack) || !tags.TryGetValue(OwnershipTags.LogicalId, out var id)) return null;
        if (tags.TryGetValue(OwnershipTags.Family, out var family) && family != Domain.Expansion.ResourceTags.Families.JobQueue) return null;
        return StuckJobsTag.Parse(tags.GetValueOrDefault(StuckJobsTag.Key)) is { } policy ? new OwnedQueue(detail, stack, id, policy) : null;
    }
}
