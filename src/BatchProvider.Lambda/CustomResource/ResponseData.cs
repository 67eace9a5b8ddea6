using BatchProvider.Domain.Observed;

namespace BatchProvider.Lambda.CustomResource;

/// <summary>
/// The answer's Data: <c>ComputeEnvironment.&lt;Id&gt;</c>, <c>JobQueue.&lt;Id&gt;</c>, <c>SchedulingPolicy.&lt;Id&gt;</c>
/// and <c>JobDefinition.&lt;Id&gt;</c> to ARNs, read with <c>!GetAtt Resource.JobQueue.etl</c>. A job definition maps to
/// its newest ACTIVE revision.
/// </summary>
public static class ResponseData
{
    /// <summary>The Data for what Batch reports after the apply.</summary>
    public static IReadOnlyDictionary<string, string> From(ObservedState observed)
    {
        var data = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var ce in observed.ComputeEnvironments) data[$"ComputeEnvironment.{ce.Id}"] = ce.Arn;
        foreach (var queue in observed.JobQueues) data[$"JobQueue.{queue.Id}"] = queue.Arn;
        foreach (var policy in observed.SchedulingPolicies) data[$"SchedulingPolicy.{policy.Id}"] = policy.Arn;
        foreach (var definition in observed.JobDefinitions.OrderBy(d => d.Detail.Revision ?? 0)) data[$"JobDefinition.{definition.Id}"] = definition.Arn;
        return data;
    }
}
