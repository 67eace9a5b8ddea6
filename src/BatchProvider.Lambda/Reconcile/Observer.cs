using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Observed;
using BatchProvider.Lambda.Aws.Batch;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>
/// Reads what one BatchStack owns in Batch, in as few calls as Batch allows: every page of
/// DescribeComputeEnvironments and DescribeJobQueues, ListSchedulingPolicies plus DescribeSchedulingPolicies for the
/// stack's names in batches of 100 (the response carries their tags), and every ACTIVE job definition. The four reads
/// run concurrently; <see cref="ObservedState.From"/> keeps what carries the ownership tag and reports foreign
/// resources that use our names.
/// </summary>
public sealed class Observer(IBatchApi batch)
{
    private const int MaxArnsPerDescribe = 100;

    /// <summary>Observes <paramref name="stackName"/>.</summary>
    /// <param name="stackName">The BatchStack's name (ownership tag value and name prefix).</param>
    /// <param name="desired">The desired state, so that resources using its names without our tag are reported; null when destroying.</param>
    public async Task<ObservedState> ObserveAsync(string stackName, DesiredState? desired, CancellationToken cancellationToken = default)
    {
        var computeEnvironments = ToListAsync(batch.DescribeComputeEnvironmentsAsync(new DescribeComputeEnvironmentsRequest(), cancellationToken));
        var jobQueues = ToListAsync(batch.DescribeJobQueuesAsync(new DescribeJobQueuesRequest(), cancellationToken));
        var policies = DescribePoliciesAsync(stackName, cancellationToken);
        var definitions = ToListAsync(batch.DescribeJobDefinitionsAsync(new DescribeJobDefinitionsRequest { Status = "ACTIVE" }, cancellationToken));
        await Task.WhenAll(computeEnvironments, jobQueues, policies, definitions);
        return ObservedState.From(stackName, desired, computeEnvironments.Result, jobQueues.Result, policies.Result, definitions.Result);
    }

    /// <summary>
    /// Policies are listed by ARN only; describing just those named <c>{stack}-...</c> is enough, because every name a
    /// stack owns or could collide with starts with that prefix (see <c>ResourceNames</c>).
    /// </summary>
    private async Task<List<SchedulingPolicyDetail>> DescribePoliciesAsync(string stackName, CancellationToken cancellationToken)
    {
        var prefix = $":scheduling-policy/{stackName}-";
        var arns = new List<string>();
        await foreach (var listing in batch.ListSchedulingPoliciesAsync(new ListSchedulingPoliciesRequest(), cancellationToken))
            if (listing.Arn is { } arn && arn.Contains(prefix, StringComparison.Ordinal)) arns.Add(arn);
        var details = new List<SchedulingPolicyDetail>();
        foreach (var chunk in arns.Chunk(MaxArnsPerDescribe))
        {
            var response = await batch.DescribeSchedulingPoliciesAsync(new DescribeSchedulingPoliciesRequest { Arns = chunk }, cancellationToken);
            details.AddRange(response.SchedulingPolicies ?? []);
        }
        return details;
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }
}
