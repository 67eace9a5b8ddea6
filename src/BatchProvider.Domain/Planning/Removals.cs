using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning.Comparison;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Planning;

/// <summary>
/// Removes every owned resource the plan does not keep (not in the spec, or an old generation left by a
/// replacement), in Batch's order (batch-rules.md D.2): disable queues → wait → delete queues → wait gone → disable
/// CEs → wait → delete CEs → wait gone → delete policies → deregister job definitions. A CE is deleted only after
/// every queue that referenced it has moved off it or is gone, and after its successor is VALID; a policy only after
/// no queue uses it.
/// </summary>
internal static class Removals
{
    public static void PlanAll(PlanContext context)
    {
        Queues(context);
        ComputeEnvironments(context);
        SchedulingPolicies(context);
        JobDefinitions(context);
    }

    private static void Queues(PlanContext context)
    {
        var gone = context.Observed.JobQueues.Where(q => !context.KeptJobQueues.Contains(q.Name)).ToList();
        var last = gone.ToDictionary(q => q.Name, q => After(context, ResourceFamily.JobQueue, q.Name), StringComparer.Ordinal);
        var changes = gone.ToDictionary(q => q.Name, q => ChangeFor(context, ResourceFamily.JobQueue, q,
            CanonicalJson.Text(q.Detail, BatchApiJsonContext.Default.JobQueueDetail)), StringComparer.Ordinal);
        var live = gone.Where(q => q.Detail.Status != "DELETING").ToList();

        foreach (var q in live.Where(q => q.Detail.State != "DISABLED"))
        {
            var request = new UpdateJobQueueRequest { JobQueue = q.Name, State = "DISABLED" };
            last[q.Name] = [context.Steps.Add(changes[q.Name], q.Name, "disable", new UpdateJobQueue(request, NotFoundIsDone: true), last[q.Name])];
        }
        foreach (var q in live.Where(q => q.Detail.State != "DISABLED"))
        {
            last[q.Name] = [context.Steps.Add(changes[q.Name], q.Name, "wait-settled", new WaitForJobQueue(q.Name, WaitTarget.Settled), last[q.Name])];
        }
        foreach (var q in live)
        {
            // An older generation of a queue the spec still has: its jobs belong to the successor's users, so they
            // may finish first. A queue removed from the spec is deleted as asked.
            var drain = context.RemovalChanges.ContainsKey(PlanContext.Key(ResourceFamily.JobQueue, q.Name));
            var request = new DeleteJobQueueRequest { JobQueue = q.Name };
            last[q.Name] = [context.Steps.Add(changes[q.Name], q.Name, "delete", new DeleteJobQueue(request, drain), last[q.Name])];
        }
        foreach (var q in gone)
        {
            context.QueueDetached[q.Name] = context.Steps.Add(changes[q.Name], q.Name, "wait-gone", new WaitForJobQueue(q.Name, WaitTarget.Gone), last[q.Name]);
        }
    }

    private static void ComputeEnvironments(PlanContext context)
    {
        var gone = context.Observed.ComputeEnvironments.Where(c => !context.KeptComputeEnvironments.Contains(c.Name)).ToList();
        var last = gone.ToDictionary(c => c.Name, c => After(context, ResourceFamily.ComputeEnvironment, c.Name)
            .Concat(QueuesUsing(context, q => q.ComputeEnvironmentOrder?.Any(o => SameName(o.ComputeEnvironment, c.Name, c.Arn)) == true))
            .ToList(), StringComparer.Ordinal);
        var changes = gone.ToDictionary(c => c.Name, c => ChangeFor(context, ResourceFamily.ComputeEnvironment, c,
            CanonicalJson.Text(c.Detail, BatchApiJsonContext.Default.ComputeEnvironmentDetail)), StringComparer.Ordinal);
        var live = gone.Where(c => c.Detail.Status != "DELETING").ToList();

        foreach (var c in live.Where(c => c.Detail.State != "DISABLED"))
        {
            var request = new UpdateComputeEnvironmentRequest { ComputeEnvironment = c.Name, State = "DISABLED" };
            last[c.Name] = [context.Steps.Add(changes[c.Name], c.Name, "disable", new UpdateComputeEnvironment(request, NotFoundIsDone: true), last[c.Name])];
        }
        foreach (var c in live.Where(c => c.Detail.State != "DISABLED"))
        {
            last[c.Name] = [context.Steps.Add(changes[c.Name], c.Name, "wait-settled", new WaitForComputeEnvironment(c.Name, WaitTarget.Settled), last[c.Name])];
        }
        foreach (var c in live)
        {
            var request = new DeleteComputeEnvironmentRequest { ComputeEnvironment = c.Name };
            last[c.Name] = [context.Steps.Add(changes[c.Name], c.Name, "delete",
                new DeleteComputeEnvironment(request, [DeleteComputeEnvironment.JobQueueRelationship]), last[c.Name])];
        }
        foreach (var c in gone)
        {
            context.Steps.Add(changes[c.Name], c.Name, "wait-gone", new WaitForComputeEnvironment(c.Name, WaitTarget.Gone), last[c.Name]);
        }
    }

    private static void SchedulingPolicies(PlanContext context)
    {
        foreach (var p in context.Observed.SchedulingPolicies.Where(p => !context.KeptSchedulingPolicies.Contains(p.Name)))
        {
            var change = ChangeFor(context, ResourceFamily.SchedulingPolicy, p, CanonicalJson.Text(p.Detail, BatchApiJsonContext.Default.SchedulingPolicyDetail));
            var deps = QueuesUsing(context, q => q.SchedulingPolicyArn is { } arn && SameName(arn, p.Name, p.Arn));
            context.Steps.Add(change, p.Name, "delete", new DeleteSchedulingPolicy(new DeleteSchedulingPolicyRequest { Arn = p.Arn }), deps);
        }
    }

    private static void JobDefinitions(PlanContext context)
    {
        foreach (var j in context.Observed.JobDefinitions.Where(j => !context.KeptJobDefinitions.Contains(j.Name)).OrderBy(j => j.Name, StringComparer.Ordinal).ThenBy(j => j.Detail.Revision))
        {
            var change = ChangeFor(context, ResourceFamily.JobDefinition, j, CanonicalJson.Text(j.Detail, BatchApiJsonContext.Default.JobDefinition));
            context.Steps.Add(change, j.Name, $"deregister-{j.Detail.Revision}",
                new DeregisterJobDefinition(new DeregisterJobDefinitionRequest { JobDefinition = j.Arn }));
        }
    }

    private static List<string?> After(PlanContext context, ResourceFamily family, string name) =>
        context.RemovalAfter.TryGetValue(PlanContext.Key(family, name), out var step) ? [step] : [];

    /// <summary>The steps after which each observed queue matching <paramref name="uses"/> has let go of it.</summary>
    private static IEnumerable<string?> QueuesUsing(PlanContext context, Func<JobQueueDetail, bool> uses) =>
        context.Observed.JobQueues
            .Where(q => uses(q.Detail))
            .Select(q => context.QueueDetached.TryGetValue(q.Name, out var step) ? step : null)
            .ToList();

    private static Change ChangeFor<T>(PlanContext context, ResourceFamily family, ObservedResource<T> observed, string? before) =>
        context.RemovalChanges.TryGetValue(PlanContext.Key(family, observed.Name), out var change)
            ? change with { Before = before, After = null }
            : Change.Of(family, observed.Id, StepAction.Delete, StepReason.NotInSpec, before, null);

    private static bool SameName(string? reference, string name, string arn) => reference == name || reference == arn;
}
