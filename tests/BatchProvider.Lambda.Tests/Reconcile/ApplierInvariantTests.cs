using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Testing.Simulation;
using BatchProvider.Testing.Time;
using static BatchProvider.Lambda.Tests.Reconcile.TestPlans;

namespace BatchProvider.Lambda.Tests.Reconcile;

/// <summary>
/// The applier's scheduling invariants over random plans (random dependency graphs, random INVALID compute
/// environments, random parallelism), one seed per row: dependencies are respected, failures skip exactly their
/// dependents, the parallelism bound holds, and with time to spare nothing is left pending.
/// </summary>
public sealed class ApplierInvariantTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 25)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Apply_OfARandomPlan_KeepsEverySchedulingInvariant(int seed)
    {
        var random = new Random(seed);
        var clock = new ManualClock();
        var batch = new SimulatedBatch(clock, new SimulatedBatchOptions
        {
            ComputeEnvironmentCreate = TimeSpan.FromSeconds(random.Next(1, 120)),
            ApiLatency = TimeSpan.FromMilliseconds(random.Next(0, 200)),
        });
        var count = random.Next(1, 9);
        var steps = new List<Step>();
        var invalid = new HashSet<string>();
        for (var i = 0; i < count; i++)
        {
            var name = $"{Stack}-ce{i}";
            if (random.NextDouble() < 0.25)
            {
                invalid.Add(name);
                batch.InvalidOnCreate(name, "CLIENT_ERROR - simulated");
            }
            var dependsOn = steps.Where(s => s.Id.EndsWith("/wait", StringComparison.Ordinal) && random.NextDouble() < 0.3).Select(s => s.Id).ToArray();
            steps.AddRange(CreateComputeEnvironment(name, dependsOn));
        }
        var plan = Plan(steps);
        var parallelism = random.Next(1, 5);
        var events = new EventLog();

        var result = VirtualTime.Run(clock, () => new Applier(batch, new Observer(batch), clock, new ApplyOptions { MaxParallelism = parallelism })
            .ApplyAsync(plan, ObservedState.Empty(Stack), null, clock.GetUtcNow().AddDays(1), events));

        var outcome = result.Outcomes.ToDictionary(o => o.Step.Id);
        Assert.True(events.MaxConcurrentSteps <= parallelism, $"{events.MaxConcurrentSteps} steps ran at once, bound {parallelism}");
        Assert.DoesNotContain(result.Outcomes, o => o.Status == StepStatus.Pending);
        foreach (var o in result.Outcomes)
        {
            var deps = o.Step.DependsOn.Select(d => outcome[d].Status).ToList();
            var blocked = deps.Any(s => s is StepStatus.Failed or StepStatus.Skipped);
            Assert.Equal(blocked, o.Status == StepStatus.Skipped);
            if (o.Status is StepStatus.Succeeded or StepStatus.Failed) Assert.All(deps, s => Assert.Equal(StepStatus.Succeeded, s));
            var isInvalidWait = o.Step.Operation is Domain.Planning.Operations.WaitForComputeEnvironment w && invalid.Contains(w.ComputeEnvironment);
            Assert.Equal(isInvalidWait && !blocked, o.Status == StepStatus.Failed);
        }
        var started = events.Events.OfType<StepStarted>().Select(e => e.Step.Id).ToList();
        Assert.Equal(started.Count, started.Distinct().Count());
        Assert.Equal(result.Failures.IsEmpty ? ApplyStatus.Succeeded : ApplyStatus.Failed, result.Status);
    }
}
