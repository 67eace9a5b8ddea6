using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning.Comparison;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Planning.ComputeEnvironments;

/// <summary>
/// Plans each desired CE: create, update in place, replace create-first (blue/green under the next generation name),
/// or nothing. Records for the queue planner which ARN each CE will have and after which step it is VALID. Old
/// generations are removed later by <see cref="Removals"/>, once every queue has moved off them.
/// </summary>
internal static class ComputeEnvironmentPlanner
{
    private const ResourceFamily Family = ResourceFamily.ComputeEnvironment;

    public static void PlanAll(PlanContext context)
    {
        for (var index = 0; index < context.Desired.ComputeEnvironments.Length; index++)
        {
            PlanOne(context, context.Desired.ComputeEnvironments[index], index);
        }
    }

    private static void PlanOne(PlanContext context, DesiredComputeEnvironment desired, int index)
    {
        var generations = Generations.Of(context.Observed.ComputeEnvironments, desired.Id, desired.Name, d => d.Status);
        var current = generations.FirstOrDefault(c => c.Detail.Status != "INVALID");
        var after = CanonicalJson.Text(desired.Create, BatchApiJsonContext.Default.CreateComputeEnvironmentRequest);

        if (current is null)
        {
            var invalid = generations.FirstOrDefault();
            var reason = invalid is null ? context.WhyChanged(Family, desired.Id, exists: false) : StepReason.Invalid;
            var action = invalid is null ? StepAction.Create : StepAction.ReplaceCreateFirst;
            var change = Change.Of(Family, desired.Id, action, reason, Before(invalid), after);
            var name = context.FreeName(Family, desired.Name);
            if (invalid is not null)
            {
                context.Diagnostics.Add(new Diagnostic(Severity.Warning, PropertyPath.Root.Property("ComputeEnvironments").Index(index),
                    PlanDiagnosticCodes.InvalidComputeEnvironmentReplaced,
                    string.Format(null, PlanMessages.InvalidComputeEnvironmentReplaced, invalid.Name, invalid.Detail.StatusReason ?? "no reason given", name)));
            }
            var ready = Create(context, change, desired, name);
            context.ComputeEnvironments[desired.Id] = (BatchArns.ComputeEnvironment(context.Options.ArnPrefix, name), ready);
            MarkOldGenerations(context, generations, change, ready);
            return;
        }

        var busy = current.Detail.Status is "CREATING" or "UPDATING";
        var diff = ComputeEnvironmentDiff.Of(desired, current.Detail);
        if (!diff.ForcedReplaceBy.IsEmpty)
        {
            var change = new Change(Family, desired.Id, StepAction.ReplaceCreateFirst, StepReason.PropertyNotUpdatable,
                diff.ForcedReplaceBy, Before(current), after);
            var name = context.FreeName(Family, desired.Name);
            var wait = busy ? context.Steps.Add(change, current.Name, "wait-settled", new WaitForComputeEnvironment(current.Name, WaitTarget.Settled)) : null;
            var ready = Create(context, change, desired, name, wait);
            context.ComputeEnvironments[desired.Id] = (BatchArns.ComputeEnvironment(context.Options.ArnPrefix, name), ready);
            MarkOldGenerations(context, generations, change, ready);
            return;
        }

        var tagOps = TagDiff.Operations(current.Arn, desired.Create.Tags, current.Detail.Tags);
        var updatePolicy = NeedsUpdatePolicy(desired, current.Detail);
        var changed = diff.Update is not null || !tagOps.IsEmpty || updatePolicy;
        var existing = changed
            ? Change.Of(Family, desired.Id, StepAction.Update, context.WhyChanged(Family, desired.Id, exists: true), Before(current), after)
            : Change.Of(Family, desired.Id, busy ? StepAction.Update : StepAction.NoOp, busy ? StepReason.Busy : StepReason.None, Before(current), after);
        string? last = busy ? context.Steps.Add(existing, current.Name, "wait-valid", new WaitForComputeEnvironment(current.Name, WaitTarget.Valid)) : null;
        if (diff.Update is not null)
        {
            var update = context.Steps.Add(existing, current.Name, "update", new UpdateComputeEnvironment(diff.Update, NotFoundIsDone: false), last);
            last = context.Steps.Add(existing, current.Name, "wait-valid", new WaitForComputeEnvironment(current.Name, WaitTarget.Valid), update);
        }
        if (updatePolicy) last = FollowUp(context, existing, desired with
        {
            UpdatePolicy = ReportedDefaults.Filled(desired.UpdatePolicy, BatchApiJsonContext.Default.UpdatePolicy, ReportedDefaults.UpdatePolicy),
        }, current.Name, last);
        last = TagDiff.AddSteps(context, existing, current.Name, current.Arn, desired.Create.Tags, current.Detail.Tags, last);
        if (!changed && !busy) context.Steps.Add(existing, current.Name, "none", new NoChange());
        context.ComputeEnvironments[desired.Id] = (current.Arn, last);
        context.KeptComputeEnvironments.Add(current.Name);
        MarkOldGenerations(context, generations.Where(g => g != current), Change.Of(Family, desired.Id, StepAction.Delete, StepReason.NotInSpec, null, null), last);
    }

    /// <summary>Create, wait VALID, then the follow-up update for what CreateComputeEnvironment cannot carry. Returns the step after which the CE is VALID.</summary>
    private static string Create(PlanContext context, Change change, DesiredComputeEnvironment desired, string name, string? after = null)
    {
        var request = desired.Create with { ComputeEnvironmentName = name };
        var create = context.Steps.Add(change, name, "create", new CreateComputeEnvironment(request), after);
        var ready = context.Steps.Add(change, name, "wait-valid", new WaitForComputeEnvironment(name, WaitTarget.Valid), create);
        var eligible = ComputeEnvironmentFacts.IsInfrastructureUpdatable(desired.Create);
        return eligible && (desired.UpdatePolicy is not null || desired.UpdateToLatestImageVersion is not null)
            ? FollowUp(context, change, desired, name, ready)
            : ready;
    }

    /// <summary>
    /// UpdateComputeEnvironment with updatePolicy / updateToLatestImageVersion, then wait VALID. Only for CEs that allow
    /// infrastructure updates: Batch rejects these members otherwise, and on Fargate always (aws-cdk#27054).
    /// </summary>
    private static string FollowUp(PlanContext context, Change change, DesiredComputeEnvironment desired, string name, string? after)
    {
        var request = new UpdateComputeEnvironmentRequest
        {
            ComputeEnvironment = name,
            UpdatePolicy = desired.UpdatePolicy,
            ComputeResources = desired.UpdateToLatestImageVersion is { } latest ? new ComputeResourceUpdate { UpdateToLatestImageVersion = latest } : null,
        };
        var update = context.Steps.Add(change, name, "update-policy", new UpdateComputeEnvironment(request, NotFoundIsDone: false), after);
        return context.Steps.Add(change, name, "wait-valid", new WaitForComputeEnvironment(name, WaitTarget.Valid), update);
    }

    /// <summary>
    /// updatePolicy is reported by Describe, so a difference is planned on its own. updateToLatestImageVersion is not
    /// reported; Batch only reads it during an infrastructure update, so it rides along in every such update
    /// (see <see cref="ComputeEnvironmentDiff"/>) and after create, which is every moment it can matter.
    /// </summary>
    /// <remarks>
    /// No updatePolicy in the spec means Batch's defaults (<see cref="ReportedDefaults.UpdatePolicy"/>); a policy
    /// removed from the spec is reset to them.
    /// </remarks>
    private static bool NeedsUpdatePolicy(DesiredComputeEnvironment desired, ComputeEnvironmentDetail observed)
    {
        if (!ComputeEnvironmentFacts.IsInfrastructureUpdatable(desired.Create) || !ComputeEnvironmentFacts.IsInfrastructureUpdatable(observed)) return false;
        var (d, o) = ReportedDefaults.Apply(
            CanonicalJson.ToNode(desired.UpdatePolicy, BatchApiJsonContext.Default.UpdatePolicy),
            CanonicalJson.ToNode(observed.UpdatePolicy, BatchApiJsonContext.Default.UpdatePolicy),
            ReportedDefaults.UpdatePolicy);
        return !CanonicalJson.Same(d, o);
    }

    /// <summary>Old generations go once the successor is VALID and every queue has left them (see <see cref="Removals"/>).</summary>
    private static void MarkOldGenerations(PlanContext context, IEnumerable<ObservedResource<ComputeEnvironmentDetail>> old, Change change, string? successorReady)
    {
        foreach (var generation in old)
        {
            context.RemovalChanges[PlanContext.Key(Family, generation.Name)] = change;
            if (successorReady is not null) context.RemovalAfter[PlanContext.Key(Family, generation.Name)] = successorReady;
        }
    }

    private static string? Before(ObservedResource<ComputeEnvironmentDetail>? observed) =>
        observed is null ? null : CanonicalJson.Text(observed.Detail, BatchApiJsonContext.Default.ComputeEnvironmentDetail);
}
