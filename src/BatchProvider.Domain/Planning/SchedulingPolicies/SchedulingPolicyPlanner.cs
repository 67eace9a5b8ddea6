using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Planning.Comparison;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Planning.SchedulingPolicies;

/// <summary>
/// Plans each desired fair-share policy: create (before the queues that use it), update in place (UpdateSchedulingPolicy
/// sends the whole policy), tag changes, or nothing. A policy keeps its base name: Batch updates every property in place.
/// </summary>
internal static class SchedulingPolicyPlanner
{
    private const ResourceFamily Family = ResourceFamily.SchedulingPolicy;

    public static void PlanAll(PlanContext context)
    {
        foreach (var desired in context.Desired.SchedulingPolicies) PlanOne(context, desired);
    }

    private static void PlanOne(PlanContext context, DesiredSchedulingPolicy desired)
    {
        var current = context.Observed.SchedulingPolicies
            .Where(p => p.Id == desired.Id && ResourceNames.GenerationOf(p.Name, desired.Name) is not null)
            .MaxBy(p => ResourceNames.GenerationOf(p.Name, desired.Name));
        var after = CanonicalJson.Text(desired.Create, BatchApiJsonContext.Default.CreateSchedulingPolicyRequest);
        if (current is null)
        {
            var name = context.FreeName(Family, desired.Name);
            var change = Change.Of(Family, desired.Id, StepAction.Create, context.WhyChanged(Family, desired.Id, exists: false), null, after);
            var create = context.Steps.Add(change, name, "create", new CreateSchedulingPolicy(desired.Create with { Name = name }));
            context.SchedulingPolicies[desired.Id] = (BatchArns.SchedulingPolicy(context.Options.ArnPrefix, name), create);
            return;
        }

        context.KeptSchedulingPolicies.Add(current.Name);
        var before = CanonicalJson.Text(current.Detail, BatchApiJsonContext.Default.SchedulingPolicyDetail);
        var (want, have) = ReportedDefaults.Apply(
            CanonicalJson.ToNode(desired.Create.FairsharePolicy, BatchApiJsonContext.Default.FairsharePolicy),
            CanonicalJson.ToNode(current.Detail.FairsharePolicy, BatchApiJsonContext.Default.FairsharePolicy),
            ReportedDefaults.FairsharePolicy);
        var policyDiffers = !CanonicalJson.Same(want, have);
        var tagOps = TagDiff.Operations(current.Arn, desired.Create.Tags, current.Detail.Tags);
        if (!policyDiffers && tagOps.IsEmpty)
        {
            context.Steps.Add(Change.Of(Family, desired.Id, StepAction.NoOp, StepReason.None, before, after), current.Name, "none", new NoChange());
            context.SchedulingPolicies[desired.Id] = (current.Arn, null);
            return;
        }
        var existing = Change.Of(Family, desired.Id, StepAction.Update, context.WhyChanged(Family, desired.Id, exists: true), before, after);
        string? last = null;
        if (policyDiffers)
        {
            var request = new UpdateSchedulingPolicyRequest { Arn = current.Arn, FairsharePolicy = desired.Create.FairsharePolicy };
            last = context.Steps.Add(existing, current.Name, "update", new UpdateSchedulingPolicy(request));
        }
        last = TagDiff.AddSteps(context, existing, current.Name, current.Arn, desired.Create.Tags, current.Detail.Tags, last);
        context.SchedulingPolicies[desired.Id] = (current.Arn, last);
    }
}
