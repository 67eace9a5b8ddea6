using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Batch;

namespace BatchProvider.Testing.Inventory;

/// <summary>
/// Everything in a Batch account, owned or not (compute environments and queues in any status but DELETED,
/// scheduling policies, ACTIVE job-definition revisions): what "no orphans" is checked against.
/// </summary>
public sealed record BatchInventory(
    IReadOnlyList<ComputeEnvironmentDetail> ComputeEnvironments,
    IReadOnlyList<JobQueueDetail> JobQueues,
    IReadOnlyList<SchedulingPolicyDetail> SchedulingPolicies,
    IReadOnlyList<JobDefinition> ActiveJobDefinitions)
{
    /// <summary>How many resources of all families there are.</summary>
    public int Count => ComputeEnvironments.Count + JobQueues.Count + SchedulingPolicies.Count + ActiveJobDefinitions.Count;

    /// <summary>Lists everything.</summary>
    public static async Task<BatchInventory> TakeAsync(IBatchApi batch)
    {
        var ces = new List<ComputeEnvironmentDetail>();
        await foreach (var ce in batch.DescribeComputeEnvironmentsAsync(new DescribeComputeEnvironmentsRequest()))
            if (ce.Status != "DELETED") ces.Add(ce);
        var queues = new List<JobQueueDetail>();
        await foreach (var queue in batch.DescribeJobQueuesAsync(new DescribeJobQueuesRequest()))
            if (queue.Status != "DELETED") queues.Add(queue);
        var arns = new List<string>();
        await foreach (var policy in batch.ListSchedulingPoliciesAsync(new ListSchedulingPoliciesRequest())) arns.Add(policy.Arn!);
        var policies = new List<SchedulingPolicyDetail>();
        foreach (var chunk in arns.Chunk(100))
            policies.AddRange((await batch.DescribeSchedulingPoliciesAsync(new DescribeSchedulingPoliciesRequest { Arns = chunk })).SchedulingPolicies ?? []);
        var definitions = new List<JobDefinition>();
        await foreach (var definition in batch.DescribeJobDefinitionsAsync(new DescribeJobDefinitionsRequest { Status = "ACTIVE" })) definitions.Add(definition);
        return new BatchInventory(ces, queues, policies, definitions);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"CEs [{string.Join(", ", ComputeEnvironments.Select(c => c.ComputeEnvironmentName))}], "
        + $"queues [{string.Join(", ", JobQueues.Select(q => q.JobQueueName))}], "
        + $"policies [{string.Join(", ", SchedulingPolicies.Select(p => p.Name))}], "
        + $"job definitions [{string.Join(", ", ActiveJobDefinitions.Select(j => $"{j.JobDefinitionName}:{j.Revision}"))}]";
}
