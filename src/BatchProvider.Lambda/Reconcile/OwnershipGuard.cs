using System.Collections.Immutable;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>
/// The applier's last line of defence: before anything runs, every step that changes, disables, deletes or tags an
/// existing resource must name one the observed state says this stack owns (or one a create step of the same plan
/// makes). The planner already guarantees this; the check is cheap and turns a planner bug into a loud refusal
/// instead of a deleted stranger's compute environment.
/// </summary>
internal sealed class OwnershipGuard : IStepOperationVisitor<string?>
{
    private readonly ImmutableHashSet<string> _owned;

    private OwnershipGuard(ImmutableHashSet<string> owned) => _owned = owned;

    /// <summary>Every problem of <paramref name="plan"/> against <paramref name="observed"/>; empty when it is safe.</summary>
    public static ImmutableArray<string> Check(Plan plan, ObservedState observed)
    {
        var owned = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var r in observed.ComputeEnvironments) { owned.Add(r.Name); owned.Add(r.Arn); }
        foreach (var r in observed.JobQueues) { owned.Add(r.Name); owned.Add(r.Arn); }
        foreach (var r in observed.SchedulingPolicies) { owned.Add(r.Name); owned.Add(r.Arn); }
        foreach (var r in observed.JobDefinitions) { owned.Add(r.Arn); owned.Add(NameOf(r.Arn)); }
        foreach (var step in plan.Steps)
        {
            var created = step.Operation switch
            {
                CreateComputeEnvironment c => c.Request.ComputeEnvironmentName,
                CreateJobQueue c => c.Request.JobQueueName,
                CreateSchedulingPolicy c => c.Request.Name,
                RegisterJobDefinition r => r.Request.JobDefinitionName,
                _ => null,
            };
            if (created is not null) owned.Add(created);
        }
        var guard = new OwnershipGuard(owned.ToImmutable());
        return [.. plan.Steps.Select(s => (s, problem: s.Operation.Accept(guard)))
            .Where(p => p.problem is not null)
            .Select(p => $"step {p.s.Id}: {p.problem}")];
    }

    /// <summary>The resource name inside a Batch ARN (<c>.../NAME</c> or <c>.../NAME:REVISION</c>), or the input itself.</summary>
    private static string NameOf(string nameOrArn)
    {
        var slash = nameOrArn.LastIndexOf('/');
        if (slash < 0) return nameOrArn;
        var name = nameOrArn[(slash + 1)..];
        var colon = name.IndexOf(':');
        return colon < 0 ? name : name[..colon];
    }

    private string? Require(string? target, string what) =>
        target is not null && (_owned.Contains(target) || _owned.Contains(NameOf(target)))
            ? null
            : $"refusing to {what} {target ?? "(no target)"}: it does not carry this stack's ownership tag";

    public string? Visit(NoChange operation) => null;
    public string? Visit(CreateComputeEnvironment operation) => null;
    public string? Visit(UpdateComputeEnvironment operation) => Require(operation.Request.ComputeEnvironment, "update compute environment");
    public string? Visit(DeleteComputeEnvironment operation) => Require(operation.Request.ComputeEnvironment, "delete compute environment");
    public string? Visit(WaitForComputeEnvironment operation) => null;
    public string? Visit(CreateJobQueue operation) => null;
    public string? Visit(UpdateJobQueue operation) => Require(operation.Request.JobQueue, "update job queue");
    public string? Visit(DeleteJobQueue operation) => Require(operation.Request.JobQueue, "delete job queue");
    public string? Visit(WaitForJobQueue operation) => null;
    public string? Visit(CreateSchedulingPolicy operation) => null;
    public string? Visit(UpdateSchedulingPolicy operation) => Require(operation.Request.Arn, "update scheduling policy");
    public string? Visit(DeleteSchedulingPolicy operation) => Require(operation.Request.Arn, "delete scheduling policy");
    public string? Visit(RegisterJobDefinition operation) => null;
    public string? Visit(DeregisterJobDefinition operation) => Require(operation.Request.JobDefinition, "deregister job definition");
    public string? Visit(TagResource operation) => Require(operation.Request.ResourceArn, "tag");
    public string? Visit(UntagResource operation) => Require(operation.Request.ResourceArn, "untag");
}
