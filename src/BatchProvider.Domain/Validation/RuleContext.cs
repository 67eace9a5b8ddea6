using System.Runtime.CompilerServices;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec;
using BatchProvider.Domain.Spec.ComputeEnvironments;
using BatchProvider.Domain.Spec.JobQueues;
using BatchProvider.Domain.Spec.SchedulingPolicies;

namespace BatchProvider.Domain.Validation;

/// <summary>What every rule sees: the raw properties (for generic checks), the parsed spec (for paths and what was written) and its expansion (for defaults).</summary>
/// <param name="Root">The properties as given.</param>
/// <param name="Spec">The parsed spec.</param>
/// <param name="Desired">The expanded spec; its families are index-aligned with <paramref name="Spec"/>'s.</param>
/// <param name="Now">The time rules tied to a date decide by (e.g. <see cref="ComputeEnvironments.Al2Retirement"/>); given by the caller, never read from a clock here.</param>
public sealed record RuleContext(MapNode Root, BatchStackSpec Spec, DesiredState Desired, DateTimeOffset Now)
{
    /// <summary>Each compute environment with its expansion.</summary>
    public IEnumerable<(ComputeEnvironmentSpec Spec, DesiredComputeEnvironment Desired)> ComputeEnvironments =>
        Spec.ComputeEnvironments.Zip(Desired.ComputeEnvironments);

    /// <summary>Each job queue with its expansion.</summary>
    public IEnumerable<(JobQueueSpec Spec, DesiredJobQueue Desired)> JobQueues => Spec.JobQueues.Zip(Desired.JobQueues);

    /// <summary>Each scheduling policy with its expansion.</summary>
    public IEnumerable<(SchedulingPolicySpec Spec, DesiredSchedulingPolicy Desired)> SchedulingPolicies =>
        Spec.SchedulingPolicies.Zip(Desired.SchedulingPolicies);

    /// <summary>The first compute environment with <paramref name="id"/>, or null.</summary>
    public (ComputeEnvironmentSpec Spec, DesiredComputeEnvironment Desired)? FindComputeEnvironment(string id) => Index.ComputeEnvironment(id);

    /// <summary>The first job queue with <paramref name="id"/>, or null.</summary>
    public JobQueueSpec? FindJobQueue(string id) => Index.JobQueue(id);

    /// <summary>
    /// The Ids written in <paramref name="family"/> of the input, including items that failed to parse (so a
    /// reference to them is not also reported as unknown).
    /// </summary>
    public IReadOnlyList<string> WrittenIds(string family) => Index.WrittenIds(family).Ids;

    // Kept beside the record rather than in a field, so that the record's value equality and `with` copies stay as
    // they are (a copy with other properties gets, and needs, its own lookups).
    private static readonly ConditionalWeakTable<RuleContext, RuleIndex> Indices = new();

    /// <summary>Lookups across families, built once per context on first use.</summary>
    internal RuleIndex Index => Indices.GetValue(this, c => new RuleIndex(c));

    /// <summary>The input node at <paramref name="path"/>, or null when there is none.</summary>
    public Node? NodeAt(Diagnostics.PropertyPath path)
    {
        Node? node = Root;
        foreach (var segment in path.Segments)
        {
            node = (node, segment) switch
            {
                (MapNode map, string name) => map.Get(name),
                (ListNode list, int i) when i < list.Items.Length => list.Items[i],
                _ => null,
            };
            if (node is null) return null;
        }
        return node;
    }

    /// <summary>
    /// The path of item <paramref name="index"/> of the list at <paramref name="listPath"/>; the list's own path when
    /// the input gave a single value where a list was expected (parsers accept that as a one-item list).
    /// </summary>
    public Diagnostics.PropertyPath ItemPath(Diagnostics.PropertyPath listPath, int index) =>
        NodeAt(listPath) is ListNode ? listPath.Index(index) : listPath;

    /// <summary>True for a value known now (not null, not an unresolved intrinsic).</summary>
    public static bool Known(string? value) => value is not null && !OpaqueValue.Is(value);

    /// <summary>True for a list whose every item is known now.</summary>
    public static bool Known(IReadOnlyList<string>? values) => values is not null && values.All(v => !OpaqueValue.Is(v));
}
