using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Observed;

namespace BatchProvider.Domain.Planning;

/// <summary>
/// The shared state of one planning run: inputs, the steps so far, and what later families need to know about
/// earlier ones (the ARN each CE and policy will have, the step after which it is ready, the step after which an
/// observed queue no longer references anything it referenced).
/// </summary>
internal sealed class PlanContext(DesiredState desired, ObservedState observed, PlanOptions options)
{
    public DesiredState Desired { get; } = desired;
    public ObservedState Observed { get; } = observed;
    public PlanOptions Options { get; } = options;
    public PlanBuilder Steps { get; } = new();
    public ImmutableArray<Diagnostic>.Builder Diagnostics { get; } = ImmutableArray.CreateBuilder<Diagnostic>();

    /// <summary>Spec CE Id → the ARN queues must use, and the step after which that CE is VALID (null: already is).</summary>
    public Dictionary<string, (string Arn, string? Ready)> ComputeEnvironments { get; } = new(StringComparer.Ordinal);

    /// <summary>Spec policy Id → its ARN and the step after which it exists (null: already does).</summary>
    public Dictionary<string, (string Arn, string? Ready)> SchedulingPolicies { get; } = new(StringComparer.Ordinal);

    /// <summary>Observed queue name → the step after which it references none of its observed CEs and policy.</summary>
    public Dictionary<string, string> QueueDetached { get; } = new(StringComparer.Ordinal);

    /// <summary>Observed CEs (by name) that the plan keeps; every other owned CE is removed.</summary>
    public HashSet<string> KeptComputeEnvironments { get; } = new(StringComparer.Ordinal);

    /// <summary>Observed scheduling policies (by name) that the plan keeps.</summary>
    public HashSet<string> KeptSchedulingPolicies { get; } = new(StringComparer.Ordinal);

    /// <summary>Job-definition names whose revisions the plan manages; ACTIVE revisions of other owned names are deregistered.</summary>
    public HashSet<string> KeptJobDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>Observed queues (by name) that the plan keeps.</summary>
    public HashSet<string> KeptJobQueues { get; } = new(StringComparer.Ordinal);

    /// <summary>Observed resource name → the step after which its successor is ready (removal waits for it).</summary>
    public Dictionary<string, string> RemovalAfter { get; } = new(StringComparer.Ordinal);

    /// <summary>Removal reasons for observed resources that are not simply "not in the spec" (old generations).</summary>
    public Dictionary<string, Change> RemovalChanges { get; } = new(StringComparer.Ordinal);

    /// <summary>The key of an observed resource in <see cref="RemovalAfter"/> and <see cref="RemovalChanges"/>.</summary>
    public static string Key(ResourceFamily family, string name) => $"{family}/{name}";

    /// <summary>
    /// The lowest generation of <paramref name="baseName"/> whose name nobody uses (owned in any status, or foreign):
    /// a create-first replacement never collides, and a foreign name is never touched.
    /// </summary>
    public string FreeName(ResourceFamily family, string baseName) =>
        LowestUnused(baseName, Names(family).Concat(Observed.Foreign.Where(f => f.Family == family).Select(f => f.Name)));

    /// <summary>
    /// True when the plan creates spec item <paramref name="id"/> under a new name and, but for foreign resources,
    /// would have used <paramref name="foreignName"/>: only then does a foreign resource stand in the stack's way.
    /// </summary>
    public bool WasAboutToCreate(ResourceFamily family, string id, string baseName, string foreignName) =>
        Steps.Steps.Any(s => s.Resource.Family == family && s.Resource.Id == id && s.Action is StepAction.Create or StepAction.ReplaceCreateFirst)
        && LowestUnused(baseName, Names(family)) == foreignName;

    private IEnumerable<string> Names(ResourceFamily family) => family switch
    {
        ResourceFamily.ComputeEnvironment => Observed.ComputeEnvironments.Select(c => c.Name),
        ResourceFamily.JobQueue => Observed.JobQueues.Select(q => q.Name),
        ResourceFamily.SchedulingPolicy => Observed.SchedulingPolicies.Select(p => p.Name),
        ResourceFamily.JobDefinition => Observed.JobDefinitions.Select(j => j.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Not a resource family."),
    };

    private static string LowestUnused(string baseName, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var generation = 1;
        while (used.Contains(ResourceNames.WithGeneration(baseName, generation))) generation++;
        return ResourceNames.WithGeneration(baseName, generation);
    }

    /// <summary>
    /// Why an existing resource differs (or a missing one is created): drift when the previous deployment asked for
    /// exactly the same thing, a spec change otherwise. Explains only.
    /// </summary>
    public StepReason WhyChanged(ResourceFamily family, string id, bool exists)
    {
        var previous = Options.Previous;
        if (previous is null) return exists ? StepReason.SpecChanged : StepReason.NotFound;
        var before = Fingerprint(previous, family, id);
        if (before is null) return exists ? StepReason.SpecChanged : StepReason.NotFound;
        return exists && before != Fingerprint(Desired, family, id) ? StepReason.SpecChanged : StepReason.DriftDetected;
    }

    private static string? Fingerprint(DesiredState state, ResourceFamily family, string id) => family switch
    {
        ResourceFamily.ComputeEnvironment => state.ComputeEnvironments.FirstOrDefault(c => c.Id == id) is { } c
            ? Comparison.CanonicalJson.Text(c.Create, BatchApiJsonContext.Default.CreateComputeEnvironmentRequest)
              + Comparison.CanonicalJson.Text(c.UpdatePolicy, BatchApiJsonContext.Default.UpdatePolicy) + c.UpdateToLatestImageVersion
            : null,
        ResourceFamily.JobQueue => state.JobQueues.FirstOrDefault(q => q.Id == id) is { } q
            ? Comparison.CanonicalJson.Text(q.Create, BatchApiJsonContext.Default.CreateJobQueueRequest)
              + string.Join(",", q.ComputeEnvironments.Select(e => $"{e.ComputeEnvironmentId}|{e.ExternalArn}|{e.Order}")) + q.SchedulingPolicyId
            : null,
        ResourceFamily.SchedulingPolicy => state.SchedulingPolicies.FirstOrDefault(p => p.Id == id) is { } p
            ? Comparison.CanonicalJson.Text(p.Create, BatchApiJsonContext.Default.CreateSchedulingPolicyRequest)
            : null,
        ResourceFamily.JobDefinition => state.JobDefinitions.FirstOrDefault(j => j.Id == id) is { } j
            ? Comparison.CanonicalJson.Text(j.Register, BatchApiJsonContext.Default.RegisterJobDefinitionRequest)
            : null,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Not a resource family."),
    };
}
