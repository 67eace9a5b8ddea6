namespace BatchProvider.Domain.Planning;

/// <summary>
/// Batch ARN formats (<c>arn:aws:batch:REGION:ACCOUNT:compute-environment/NAME</c>, <c>job-queue/NAME</c>,
/// <c>scheduling-policy/NAME</c>, <c>job-definition/NAME:REVISION</c>), used to reference resources a plan has not
/// created yet.
/// </summary>
public static class BatchArns
{
    /// <summary>The prefix <c>arn:{partition}:batch:{region}:{account}</c>.</summary>
    public static string Prefix(string partition, string region, string account) => $"arn:{partition}:batch:{region}:{account}";

    /// <summary>The prefix of any Batch ARN (everything before the fifth ':'), or null when it is not a Batch ARN.</summary>
    public static string? PrefixOf(string arn)
    {
        var parts = arn.Split(':');
        return parts.Length >= 6 && parts[0] == "arn" && parts[2] == "batch" ? string.Join(':', parts[..5]) : null;
    }

    /// <summary>The ARN of compute environment <paramref name="name"/>.</summary>
    public static string ComputeEnvironment(string prefix, string name) => $"{prefix}:compute-environment/{name}";

    /// <summary>The ARN of job queue <paramref name="name"/>.</summary>
    public static string JobQueue(string prefix, string name) => $"{prefix}:job-queue/{name}";

    /// <summary>The ARN of scheduling policy <paramref name="name"/>.</summary>
    public static string SchedulingPolicy(string prefix, string name) => $"{prefix}:scheduling-policy/{name}";
}
