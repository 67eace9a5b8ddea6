using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning.ComputeEnvironments;
using BatchProvider.Domain.Planning.JobDefinitions;
using BatchProvider.Domain.Planning.JobQueues;
using BatchProvider.Domain.Planning.SchedulingPolicies;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Domain.Planning;

/// <summary>
/// The pure planner: compares the validated desired state with what Batch reports now and returns the
/// <see cref="Plan"/>. Synchronous, no clients, no clock; equal inputs give equal plans.
/// </summary>
/// <remarks>
/// Families are planned in dependency order — scheduling policies, compute environments, job queues, job
/// definitions — and then every owned resource the plan does not keep is removed (see <c>Removals</c>). Only
/// resources carrying the stack's ownership tag are touched. A foreign resource is skipped when choosing a
/// generation, so no step ever names it; it is reported as an error only when it holds the name this plan was about
/// to create (a foreign <c>-g2</c> beside a converged stack blocks nothing).
/// </remarks>
public static class Planner
{
    /// <summary>Plans the changes that make Batch match <paramref name="desired"/>.</summary>
    public static Plan Plan(ValidatedSpec desired, ObservedState observed, PlanOptions options) =>
        PlanFor(desired.Desired, observed, options, desired.RefusedCreations);

    /// <summary>Plans the removal of everything <paramref name="observed"/> holds (CloudFormation Delete).</summary>
    public static Plan PlanDestroy(ObservedState observed, PlanOptions options) =>
        PlanFor(new DesiredState(observed.StackName, [], [], [], [], new DesiredOptions(0)), observed, options, []);

    private static Plan PlanFor(DesiredState desired, ObservedState observed, PlanOptions options, IReadOnlyList<RefusedCreation> refused)
    {
        var context = new PlanContext(desired, observed, options);
        SchedulingPolicyPlanner.PlanAll(context);
        ComputeEnvironmentPlanner.PlanAll(context);
        ReportRefusedCreations(context, refused);
        JobQueuePlanner.PlanAll(context);
        JobDefinitionPlanner.PlanAll(context);
        ReportForeign(context);
        Removals.PlanAll(context);
        return new Plan(desired.StackName, context.Steps.Steps, context.Diagnostics.ToImmutable());
    }

    // Validation cannot tell an existing compute environment from a new one; only here is it known which ones the plan
    // creates (new, or a replacement), and only those does Batch refuse.
    private static void ReportRefusedCreations(PlanContext context, IReadOnlyList<RefusedCreation> refused)
    {
        foreach (var refusal in refused)
        {
            var create = context.Steps.Steps.FirstOrDefault(s => s.Resource.Family == ResourceFamily.ComputeEnvironment
                && s.Resource.Id == refusal.ComputeEnvironmentId && s.Operation is Operations.CreateComputeEnvironment);
            if (create is null) continue;
            context.Diagnostics.Add(new Diagnostic(Severity.Error, refusal.Path, PlanDiagnosticCodes.CreationRefused,
                string.Format(null, PlanMessages.CreationRefused, create.Resource.Name, refusal.Reason)));
        }
    }

    private static void ReportForeign(PlanContext context)
    {
        foreach (var foreign in context.Observed.Foreign)
        {
            var (list, items, text) = foreign.Family switch
            {
                ResourceFamily.ComputeEnvironment => ("ComputeEnvironments", context.Desired.ComputeEnvironments.Select(c => (c.Id, c.Name)), "compute environment"),
                ResourceFamily.JobQueue => ("JobQueues", context.Desired.JobQueues.Select(q => (q.Id, q.Name)), "job queue"),
                ResourceFamily.SchedulingPolicy => ("SchedulingPolicies", context.Desired.SchedulingPolicies.Select(p => (p.Id, p.Name)), "scheduling policy"),
                ResourceFamily.JobDefinition => ("JobDefinitions", context.Desired.JobDefinitions.Select(j => (j.Id, j.Name)), "job definition"),
                _ => throw new ArgumentOutOfRangeException(nameof(foreign), foreign.Family, "Not a resource family."),
            };
            var index = items.Select((item, i) => (item.Id, item.Name, Index: i))
                .FirstOrDefault(n => ResourceNames.GenerationOf(foreign.Name, n.Name) is not null, (Id: "", Name: "", Index: -1));
            if (index.Index >= 0 && !context.WasAboutToCreate(foreign.Family, index.Id, index.Name, foreign.Name)) continue;
            var path = index.Index < 0 ? PropertyPath.Root : PropertyPath.Root.Property(list).Index(index.Index);
            var owner = foreign.OwnerStack is null ? "" : $" (it belongs to stack '{foreign.OwnerStack}')";
            context.Diagnostics.Add(new Diagnostic(Severity.Error, path, PlanDiagnosticCodes.ForeignNameCollision,
                string.Format(null, PlanMessages.ForeignNameCollision, text, foreign.Name, foreign.Arn, OwnershipTags.Stack, context.Desired.StackName, owner)));
        }
    }
}
