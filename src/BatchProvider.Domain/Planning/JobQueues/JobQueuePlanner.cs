using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning.Comparison;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Planning.JobQueues;

/// <summary>
/// Plans each desired queue after the CEs and policies it references (its steps depend on theirs, so a queue only
/// ever names VALID compute environments). Priority, state, compute environment order, job-state time limits and a
/// policy swap A→B are updated in place; gaining or losing a policy, or another queue type, replaces the queue
/// create-first under the next generation name, and the old queue is drained and deleted by <see cref="Removals"/>.
/// </summary>
internal static class JobQueuePlanner
{
    private const ResourceFamily Family = ResourceFamily.JobQueue;

    public static void PlanAll(PlanContext context)
    {
        for (var index = 0; index < context.Desired.JobQueues.Length; index++)
        {
            PlanOne(context, context.Desired.JobQueues[index], index);
        }
    }

    private static void PlanOne(PlanContext context, DesiredJobQueue desired, int index)
    {
        var generations = Generations.Of(context.Observed.JobQueues, desired.Id, desired.Name, d => d.Status);
        var current = generations.FirstOrDefault(q => q.Detail.Status != "INVALID");

        var order = desired.ComputeEnvironments
            .OrderBy(e => e.Order)
            .Select(e => new ComputeEnvironmentOrder
            {
                Order = e.Order,
                ComputeEnvironment = e.ComputeEnvironmentId is { } id ? context.ComputeEnvironments[id].Arn : e.ExternalArn,
            })
            .ToImmutableArray();
        var policyArn = desired.SchedulingPolicyId is { } policyId ? context.SchedulingPolicies[policyId].Arn : null;
        var referencesReady = desired.ComputeEnvironments
            .Select(e => e.ComputeEnvironmentId is { } id ? context.ComputeEnvironments[id].Ready : null)
            .Append(desired.SchedulingPolicyId is { } sid ? context.SchedulingPolicies[sid].Ready : null)
            .ToImmutableArray();
        var after = CanonicalJson.Text(desired.Create with { ComputeEnvironmentOrder = order, SchedulingPolicyArn = policyArn },
            BatchApiJsonContext.Default.CreateJobQueueRequest);

        if (current is null)
        {
            var invalid = generations.FirstOrDefault();
            var name = context.FreeName(Family, desired.Name);
            var change = invalid is null
                ? Change.Of(Family, desired.Id, StepAction.Create, context.WhyChanged(Family, desired.Id, exists: false), null, after)
                : Change.Of(Family, desired.Id, StepAction.ReplaceCreateFirst, StepReason.Invalid, Before(invalid), after);
            if (invalid is not null)
            {
                context.Diagnostics.Add(new Diagnostic(Severity.Warning, PropertyPath.Root.Property("JobQueues").Index(index),
                    PlanDiagnosticCodes.InvalidJobQueueReplaced,
                    string.Format(null, PlanMessages.InvalidJobQueueReplaced, invalid.Name, invalid.Detail.StatusReason ?? "no reason given", name)));
            }
            var ready = Create(context, change, desired, name, order, policyArn, referencesReady);
            MarkOldGenerations(context, generations, change, ready);
            return;
        }

        var observed = current.Detail;
        var busy = observed.Status is "CREATING" or "UPDATING";
        var forced = ImmutableArray.CreateBuilder<string>();
        if ((policyArn is null) != (observed.SchedulingPolicyArn is null)) forced.Add("schedulingPolicyArn");
        if (desired.Create.JobQueueType is { } type && observed.JobQueueType is { } observedType && type != observedType) forced.Add("jobQueueType");
        if (forced.Count > 0)
        {
            var change = new Change(Family, desired.Id, StepAction.ReplaceCreateFirst, StepReason.PropertyNotUpdatable, forced.ToImmutable(), Before(current), after);
            var name = context.FreeName(Family, desired.Name);
            var ready = Create(context, change, desired, name, order, policyArn, referencesReady);
            MarkOldGenerations(context, generations, change, ready);
            return;
        }

        context.KeptJobQueues.Add(current.Name);
        var orderDiffers = !SameOrder(order, observed.ComputeEnvironmentOrder);
        var otherDiffers =
            (desired.Create.Priority is { } priority && priority != observed.Priority)
            || (desired.Create.State is { } state && state != observed.State)
            || (policyArn is not null && !SameName(policyArn, observed.SchedulingPolicyArn!))
            || !CanonicalJson.Same(TimeLimits(desired.Create.JobStateTimeLimitActions), TimeLimits(observed.JobStateTimeLimitActions));
        var tagOps = TagDiff.Operations(current.Arn, desired.Create.Tags, observed.Tags);
        var changed = orderDiffers || otherDiffers || !tagOps.IsEmpty;
        var reason = !changed ? (busy ? StepReason.Busy : StepReason.None)
            : orderDiffers && !otherDiffers && tagOps.IsEmpty && referencesReady.Any(r => r is not null) ? StepReason.DependencyReplaced
            : context.WhyChanged(Family, desired.Id, exists: true);
        var existing = Change.Of(Family, desired.Id, changed || busy ? StepAction.Update : StepAction.NoOp, reason, Before(current), after);

        string? last = busy ? context.Steps.Add(existing, current.Name, "wait-valid", new WaitForJobQueue(current.Name, WaitTarget.Valid)) : null;
        if (orderDiffers || otherDiffers)
        {
            var request = new UpdateJobQueueRequest
            {
                JobQueue = current.Name,
                State = desired.Create.State,
                Priority = desired.Create.Priority,
                ComputeEnvironmentOrder = order,
                SchedulingPolicyArn = policyArn,
                // An empty list clears actions the spec no longer has; leaving the member out would keep them.
                JobStateTimeLimitActions = desired.Create.JobStateTimeLimitActions ?? [],
            };
            var update = context.Steps.Add(existing, current.Name, "update", new UpdateJobQueue(request, NotFoundIsDone: false), referencesReady.Append(last));
            last = context.Steps.Add(existing, current.Name, "wait-valid", new WaitForJobQueue(current.Name, WaitTarget.Valid), update);
            context.QueueDetached[current.Name] = last;
        }
        last = TagDiff.AddSteps(context, existing, current.Name, current.Arn, desired.Create.Tags, observed.Tags, last);
        if (!changed && !busy) context.Steps.Add(existing, current.Name, "none", new NoChange());
        MarkOldGenerations(context, generations.Where(g => g != current), Change.Of(Family, desired.Id, StepAction.Delete, StepReason.NotInSpec, null, null), last);
    }

    private static string Create(PlanContext context, Change change, DesiredJobQueue desired, string name,
        ImmutableArray<ComputeEnvironmentOrder> order, string? policyArn, ImmutableArray<string?> referencesReady)
    {
        var request = desired.Create with { JobQueueName = name, ComputeEnvironmentOrder = order, SchedulingPolicyArn = policyArn };
        var create = context.Steps.Add(change, name, "create", new CreateJobQueue(request), referencesReady);
        return context.Steps.Add(change, name, "wait-valid", new WaitForJobQueue(name, WaitTarget.Valid), create);
    }

    private static void MarkOldGenerations(PlanContext context, IEnumerable<ObservedResource<JobQueueDetail>> old, Change change, string? successorReady)
    {
        foreach (var generation in old)
        {
            context.RemovalChanges[PlanContext.Key(Family, generation.Name)] = change;
            if (successorReady is not null) context.RemovalAfter[PlanContext.Key(Family, generation.Name)] = successorReady;
        }
    }

    private static bool SameOrder(ImmutableArray<ComputeEnvironmentOrder> desired, IReadOnlyList<ComputeEnvironmentOrder>? observed)
    {
        var seen = (observed ?? []).OrderBy(o => o.Order).ToList();
        return seen.Count == desired.Length
            && desired.Zip(seen).All(p => p.First.Order == p.Second.Order && SameName(p.First.ComputeEnvironment!, p.Second.ComputeEnvironment ?? ""));
    }

    /// <summary>Batch accepts and may report either a name or an ARN.</summary>
    private static bool SameName(string a, string b) =>
        a == b || a.EndsWith("/" + b, StringComparison.Ordinal) || b.EndsWith("/" + a, StringComparison.Ordinal);

    private static System.Text.Json.Nodes.JsonNode? TimeLimits(IReadOnlyList<JobStateTimeLimitAction>? actions) =>
        CanonicalJson.ToNode(new CreateJobQueueRequest { JobStateTimeLimitActions = actions }, BatchApiJsonContext.Default.CreateJobQueueRequest);

    private static string? Before(ObservedResource<JobQueueDetail> observed) =>
        CanonicalJson.Text(observed.Detail, BatchApiJsonContext.Default.JobQueueDetail);
}
