using System.Collections.Concurrent;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec.ComputeEnvironments;
using BatchProvider.Domain.Spec.JobQueues;

namespace BatchProvider.Domain.Validation;

/// <summary>
/// The cross-family lookups of one <see cref="RuleContext"/>, each built once on first use, so that rules which
/// relate one family to another stay linear in the size of the stack instead of scanning a list per item.
/// </summary>
internal sealed class RuleIndex(RuleContext context)
{
    private readonly Lazy<Dictionary<string, (ComputeEnvironmentSpec Spec, DesiredComputeEnvironment Desired)>> _computeEnvironments =
        new(() => FirstById(context.ComputeEnvironments, c => c.Spec.Id));

    private readonly Lazy<Dictionary<string, JobQueueSpec>> _jobQueues = new(() => FirstById(context.Spec.JobQueues, q => q.Id));

    private readonly Lazy<HashSet<string>> _referencedComputeEnvironments = new(() =>
        context.Spec.JobQueues.SelectMany(q => q.ComputeEnvironments).Select(e => e.Reference).ToHashSet(StringComparer.Ordinal));

    private readonly Lazy<HashSet<string>> _fairShareComputeEnvironments = new(() =>
        context.Spec.JobQueues.Where(q => q.SchedulingPolicy is not null).SelectMany(q => q.ComputeEnvironments).Select(e => e.Reference)
            .ToHashSet(StringComparer.Ordinal));

    private readonly Lazy<HashSet<string>> _referencedSchedulingPolicies = new(() =>
        context.Spec.JobQueues.Select(q => q.SchedulingPolicy).OfType<string>().ToHashSet(StringComparer.Ordinal));

    private readonly Lazy<IdList> _schedulingPolicyIds = new(() => new([.. context.Spec.SchedulingPolicies.Select(p => p.Id)]));

    private readonly ConcurrentDictionary<string, IdList> _writtenIds = new(StringComparer.Ordinal);

    /// <summary>Ids in input order, and the same as a set for membership tests.</summary>
    internal sealed record IdList(IReadOnlyList<string> Ids)
    {
        /// <summary>The Ids as a set.</summary>
        public IReadOnlySet<string> Set { get; } = Ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The first compute environment with <paramref name="id"/>, or null.</summary>
    public (ComputeEnvironmentSpec Spec, DesiredComputeEnvironment Desired)? ComputeEnvironment(string id) =>
        _computeEnvironments.Value.TryGetValue(id, out var found) ? found : null;

    /// <summary>The first job queue with <paramref name="id"/>, or null.</summary>
    public JobQueueSpec? JobQueue(string id) => _jobQueues.Value.GetValueOrDefault(id);

    /// <summary>Every <c>Reference</c> (Id or ARN) that some queue's ComputeEnvironments names.</summary>
    public IReadOnlySet<string> ReferencedComputeEnvironments => _referencedComputeEnvironments.Value;

    /// <summary>Every <c>Reference</c> that some queue with a scheduling policy (a fair-share queue) names.</summary>
    public IReadOnlySet<string> FairShareComputeEnvironments => _fairShareComputeEnvironments.Value;

    /// <summary>Every scheduling policy Id that some queue names.</summary>
    public IReadOnlySet<string> ReferencedSchedulingPolicies => _referencedSchedulingPolicies.Value;

    /// <summary>The Ids of the parsed scheduling policies, in input order.</summary>
    public IdList SchedulingPolicyIds => _schedulingPolicyIds.Value;

    /// <summary>The distinct Ids written in <paramref name="family"/> of the input, parsed or not, in input order.</summary>
    public IdList WrittenIds(string family) => _writtenIds.GetOrAdd(family, f => new(context.Root.Get(f) switch
    {
        ListNode list => [.. list.Items.OfType<MapNode>().Select(i => i.Get("Id")).OfType<ScalarNode>().Select(s => s.Value).Distinct()],
        MapNode single when single.Get("Id") is ScalarNode id => [id.Value],
        _ => [],
    }));

    // Lookups by Id answer the first item with that Id, as the list scans they replace did; duplicates are IdRules' concern.
    private static Dictionary<string, T> FirstById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) byId.TryAdd(id(item), item);
        return byId;
    }
}
