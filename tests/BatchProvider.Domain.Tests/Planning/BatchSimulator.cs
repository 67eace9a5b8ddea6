using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Tests.Planning;

/// <summary>
/// A pure in-memory AWS Batch for planner tests. It applies plan steps the way Batch would (CREATING/UPDATING/DELETING
/// statuses that only a wait step settles, rejections for what Batch rejects) and records every violation of the
/// planner's safety invariants instead of throwing, so a test can report all of them.
/// </summary>
/// <param name="stackName">The stack whose ownership tag marks a resource as "ours" for the foreign-resource checks.</param>
internal sealed partial class BatchSimulator(string stackName = Specs.Stack) : IStepOperationVisitor<string?>
{
    public Dictionary<string, ComputeEnvironmentDetail> ComputeEnvironments { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, JobQueueDetail> JobQueues { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SchedulingPolicyDetail> SchedulingPolicies { get; } = new(StringComparer.Ordinal);
    public List<JobDefinition> JobDefinitions { get; } = [];
    public List<string> Violations { get; } = [];
    public List<Step> Executed { get; } = [];

    public ObservedState Observe(DesiredState desired) => ObservedState.From(desired.StackName, desired,
        ComputeEnvironments.Values, JobQueues.Values, SchedulingPolicies.Values, JobDefinitions);

    /// <summary>Runs every step in a random order that honours <see cref="Step.DependsOn"/>; a rejected step ends the run.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="random">Chooses among the ready steps.</param>
    /// <param name="maxSteps">Stops after this many steps, like an apply cut short by a timeout.</param>
    public void Apply(Plan plan, Random random, int maxSteps = int.MaxValue)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var pending = plan.Steps.ToList();
        var servedBefore = JobQueues.Values.Where(Serves).Select(q => q.JobQueueName!).ToHashSet();
        while (pending.Count > 0 && done.Count < maxSteps)
        {
            var ready = pending.Where(s => s.DependsOn.All(done.Contains)).ToList();
            if (ready.Count == 0) { Violations.Add("no step is ready: dependency cycle or unknown id"); return; }
            var step = ready[random.Next(ready.Count)];
            pending.Remove(step);
            Executed.Add(step);
            var error = step.Operation.Accept(this);
            if (error is not null) { Violations.Add($"{step.Id}: {error}"); return; }
            done.Add(step.Id);
            foreach (var q in servedBefore.Where(n => JobQueues.TryGetValue(n, out var queue) && queue.State == "ENABLED" && queue.Status != "DELETING"))
            {
                if (!Serves(JobQueues[q])) Violations.Add($"after {step.Id}: queue {q} has no VALID enabled compute environment");
            }
        }
    }

    private bool Serves(JobQueueDetail queue) =>
        (queue.ComputeEnvironmentOrder ?? []).Any(o => FindCe(o.ComputeEnvironment) is { Status: "VALID" or "UPDATING", State: "ENABLED" });

    private ComputeEnvironmentDetail? FindCe(string? nameOrArn) =>
        nameOrArn is null ? null : ComputeEnvironments.Values.FirstOrDefault(c => c.ComputeEnvironmentName == nameOrArn || c.ComputeEnvironmentArn == nameOrArn);

    private bool Owned(IReadOnlyDictionary<string, string>? tags) => OwnershipTags.IsOwnedBy(tags, stackName);

    public string? Visit(NoChange operation) => null;
}
