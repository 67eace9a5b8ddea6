using System.Collections.Immutable;
using System.Text.Json.Nodes;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning.Comparison;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Planning.JobDefinitions;

/// <summary>
/// Plans each desired job definition against its latest ACTIVE revision: nothing, a tag change, or a new revision
/// (Batch job definitions are immutable). Superseded revisions are deregistered after the new one is registered,
/// keeping <see cref="DesiredOptions.KeepJobDefinitionRevisions"/> of the most recent older ones.
/// </summary>
internal static class JobDefinitionPlanner
{
    private const ResourceFamily Family = ResourceFamily.JobDefinition;

    public static void PlanAll(PlanContext context)
    {
        foreach (var desired in context.Desired.JobDefinitions) PlanOne(context, desired);
    }

    private static void PlanOne(PlanContext context, DesiredJobDefinition desired)
    {
        // The name in use is the newest generation this stack registered (a later one only when a foreign
        // definition held the base name); revisions under other generations are removed by Removals.
        var name = context.Observed.JobDefinitions
            .Where(j => j.Id == desired.Id && ResourceNames.GenerationOf(j.Name, desired.Name) is not null)
            .Select(j => j.Name)
            .MaxBy(n => ResourceNames.GenerationOf(n, desired.Name)) ?? context.FreeName(Family, desired.Name);
        context.KeptJobDefinitions.Add(name);
        var revisions = context.Observed.JobDefinitions
            .Where(j => j.Id == desired.Id && j.Name == name)
            .OrderByDescending(j => j.Detail.Revision ?? 0)
            .ToImmutableArray();
        var keep = Math.Max(0, context.Desired.Options.KeepJobDefinitionRevisions);
        var latest = revisions.FirstOrDefault();
        var request = desired.Register with { JobDefinitionName = name };
        var after = CanonicalJson.Text(request, BatchApiJsonContext.Default.RegisterJobDefinitionRequest);
        var before = latest is null ? null : CanonicalJson.Text(latest.Detail, BatchApiJsonContext.Default.JobDefinition);

        if (latest is null)
        {
            var change = Change.Of(Family, desired.Id, StepAction.Create, context.WhyChanged(Family, desired.Id, exists: false), null, after);
            context.Steps.Add(change, name, "register", new RegisterJobDefinition(request));
            return;
        }

        if (!Matches(request, latest.Detail))
        {
            var change = Change.Of(Family, desired.Id, StepAction.Update, context.WhyChanged(Family, desired.Id, exists: true), before, after);
            var register = context.Steps.Add(change, name, "register", new RegisterJobDefinition(request));
            Deregister(context, desired.Id, revisions.Skip(keep), before, after, register);
            return;
        }

        var superseded = revisions.Skip(1 + keep).ToImmutableArray();
        var tagOps = TagDiff.Operations(latest.Arn, request.Tags, latest.Detail.Tags);
        if (superseded.IsEmpty && tagOps.IsEmpty)
        {
            context.Steps.Add(Change.Of(Family, desired.Id, StepAction.NoOp, StepReason.None, before, after), name, "none", new NoChange());
            return;
        }
        var existing = Change.Of(Family, desired.Id, StepAction.Update, context.WhyChanged(Family, desired.Id, exists: true), before, after);
        TagDiff.AddSteps(context, existing, name, latest.Arn, request.Tags, latest.Detail.Tags, null);
        Deregister(context, desired.Id, superseded, before, after, null);
    }

    private static void Deregister(PlanContext context, string id, IEnumerable<ObservedResource<JobDefinition>> revisions, string? before, string? after, string? register)
    {
        var change = Change.Of(Family, id, StepAction.Update, StepReason.Superseded, before, after);
        foreach (var revision in revisions)
        {
            context.Steps.Add(change, revision.Name, $"deregister-{revision.Detail.Revision}",
                new DeregisterJobDefinition(new DeregisterJobDefinitionRequest { JobDefinition = revision.Arn }), register);
        }
    }

    /// <summary>
    /// True when the latest revision already is what <paramref name="request"/> would register: the whole request
    /// equals the revision seen as a request, after <see cref="ReportedDefaults.JobDefinition"/>. Server-filled members
    /// (ARN, revision, status, containerOrchestrationType) are not part of a request; tags are changed in place.
    /// </summary>
    internal static bool Matches(RegisterJobDefinitionRequest request, JobDefinition latest)
    {
        var (desired, observed) = ReportedDefaults.Apply(
            CanonicalJson.ToNode(request with { Tags = null }, BatchApiJsonContext.Default.RegisterJobDefinitionRequest),
            CanonicalJson.ToNode(Project(latest), BatchApiJsonContext.Default.RegisterJobDefinitionRequest),
            ReportedDefaults.JobDefinition);
        return CanonicalJson.Same(desired, observed);
    }

    private static RegisterJobDefinitionRequest Project(JobDefinition d) => new()
    {
        JobDefinitionName = d.JobDefinitionName,
        Type = d.Type,
        Parameters = d.Parameters,
        SchedulingPriority = d.SchedulingPriority,
        ContainerProperties = d.ContainerProperties,
        NodeProperties = d.NodeProperties,
        RetryStrategy = d.RetryStrategy,
        PropagateTags = d.PropagateTags,
        Timeout = d.Timeout,
        PlatformCapabilities = d.PlatformCapabilities,
        EksProperties = d.EksProperties,
        EcsProperties = d.EcsProperties,
        ConsumableResourceProperties = d.ConsumableResourceProperties,
    };
}
