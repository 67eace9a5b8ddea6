using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using static BatchProvider.Domain.Tests.Planning.Specs;

namespace BatchProvider.Domain.Tests.Planning;

/// <summary>
/// Random small stacks for the planner properties: 0-4 CEs of mixed kinds and strategies, 0-3 queues over
/// compatible CEs, 0-2 fair-share policies, 0-3 job definitions. Ids come from small pools so that two random
/// stacks overlap (same Id, other kind or settings), which is what makes updates and replacements happen.
/// </summary>
internal static class RandomStacks
{
    private static readonly string[] Strategies = ["BEST_FIT", "BEST_FIT_PROGRESSIVE", "SPOT_CAPACITY_OPTIMIZED", "SPOT_PRICE_CAPACITY_OPTIMIZED"];
    private static readonly string[][] InstanceTypes = [["optimal"], ["m5"], ["c5", "m5"]];

    public static DesiredState Stack(Random r)
    {
        var s = Empty.Keeping(r.Next(3));
        foreach (var id in new[] { "c0", "c1", "c2", "c3" }.Where(_ => r.NextDouble() < 0.6))
        {
            s = s.With(ComputeEnvironment(r, id));
        }
        foreach (var id in new[] { "p0", "p1" }.Where(_ => r.NextDouble() < 0.5))
        {
            s = s.With(Policy(id, weight: r.Next(1, 3)));
        }
        var groups = s.ComputeEnvironments.GroupBy(c => c.Kind).Select(g => g.Select(c => c.Id).ToArray()).ToArray();
        foreach (var id in new[] { "q0", "q1", "q2" }.Where(_ => groups.Length > 0 && r.NextDouble() < 0.6))
        {
            var group = groups[r.Next(groups.Length)];
            var ces = group.OrderBy(_ => r.Next()).Take(r.Next(1, Math.Min(2, group.Length) + 1)).ToArray();
            var policy = s.SchedulingPolicies.Length > 0 && r.NextDouble() < 0.5 ? s.SchedulingPolicies[r.Next(s.SchedulingPolicies.Length)].Id : null;
            s = s.With(Queue(id, ces, policy, priority: r.Next(1, 3)));
        }
        foreach (var id in new[] { "j0", "j1", "j2" }.Where(_ => r.NextDouble() < 0.6))
        {
            s = s.With(JobDefinition(id, image: r.NextDouble() < 0.5 ? "a" : "b"));
        }
        return s;
    }

    private static DesiredComputeEnvironment ComputeEnvironment(Random r, string id)
    {
        switch (r.Next(5))
        {
            case 0:
            case 1:
                var strategy = Strategies[r.Next(Strategies.Length)];
                var type = strategy.StartsWith("SPOT", StringComparison.Ordinal) || r.NextDouble() < 0.2 ? "SPOT" : "EC2";
                var policy = r.NextDouble() < 0.3 ? new UpdatePolicy { TerminateJobsOnUpdate = r.NextDouble() < 0.5 } : null;
                return Ec2(id, strategy, maxvCpus: 16 << r.Next(3), instanceTypes: InstanceTypes[r.Next(InstanceTypes.Length)], type: type,
                    updatePolicy: policy, desiredvCpus: r.NextDouble() < 0.3 ? r.Next(0, 8) : null);
            case 2:
                return Fargate(id, maxvCpus: 16 << r.Next(3), subnets: r.NextDouble() < 0.5 ? ["subnet-1"] : ["subnet-2"]);
            case 3:
                return Unmanaged(id, vcpus: 4 << r.Next(2));
            default:
                return Eks(id, cluster: $"arn:aws:eks:us-east-1:123456789012:cluster/c{r.Next(2)}", maxvCpus: 32 << r.Next(2));
        }
    }

    /// <summary>Changes Batch behind the stack's back: deletions, disabled resources, INVALID CEs, scaled-up CEs, foreign names.</summary>
    public static void Disturb(BatchSimulator batch, DesiredState desired, Random r)
    {
        var referenced = batch.JobQueues.Values.SelectMany(q => q.ComputeEnvironmentOrder ?? []).Select(o => o.ComputeEnvironment).ToHashSet();
        foreach (var ce in batch.ComputeEnvironments.Values.ToList())
        {
            var roll = r.NextDouble();
            var name = ce.ComputeEnvironmentName!;
            if (roll < 0.1) batch.ComputeEnvironments[name] = ce with { State = "DISABLED" };
            else if (roll < 0.2) batch.ComputeEnvironments[name] = ce with { Status = "INVALID", StatusReason = "simulated" };
            else if (roll < 0.25 && !referenced.Contains(ce.ComputeEnvironmentArn)) batch.ComputeEnvironments.Remove(name);
            else if (roll < 0.35 && ce.ComputeResources is { Type: "EC2" or "SPOT", DesiredvCpus: { } d } && ce.EksConfiguration is null)
            {
                batch.ComputeEnvironments[name] = ce with { ComputeResources = ce.ComputeResources with { DesiredvCpus = d + 8 } };
            }
        }
        foreach (var q in batch.JobQueues.Values.ToList())
        {
            var roll = r.NextDouble();
            if (roll < 0.1) batch.JobQueues[q.JobQueueName!] = q with { State = "DISABLED" };
            else if (roll < 0.2) batch.JobQueues[q.JobQueueName!] = q with { Priority = 99 };
            else if (roll < 0.25) batch.JobQueues.Remove(q.JobQueueName!);
        }
        if (r.NextDouble() < 0.2 && desired.ComputeEnvironments.Length > 0)
        {
            var target = desired.ComputeEnvironments[r.Next(desired.ComputeEnvironments.Length)];
            var name = new[] { target.Name, target.Name + "-g2", target.Name + "-g3" }.First(n => !batch.ComputeEnvironments.ContainsKey(n));
            batch.ComputeEnvironments[name] = ForeignComputeEnvironment(name, new Dictionary<string, string> { ["owner"] = "someone-else" });
        }
        if (r.NextDouble() < 0.2 && desired.JobDefinitions.Length > 0)
        {
            // A realistic collision: someone else registered the name before this stack did.
            var target = desired.JobDefinitions[r.Next(desired.JobDefinitions.Length)];
            if (batch.JobDefinitions.Any(j => j.JobDefinitionName == target.Name)) return;
            batch.JobDefinitions.Add(new JobDefinition
            {
                JobDefinitionName = target.Name,
                JobDefinitionArn = $"{ArnPrefix}:job-definition/{target.Name}:100",
                Revision = 100,
                Status = "ACTIVE",
                Type = "container",
            });
        }
    }
}
