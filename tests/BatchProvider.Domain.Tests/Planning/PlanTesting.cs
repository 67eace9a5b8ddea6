using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Tests.Planning;

/// <summary>Shared moves of the planner tests: plan, apply to the simulator, look at steps.</summary>
internal static class PlanTesting
{
    public static PlanOptions Options(DesiredState? previous = null) => new(Specs.ArnPrefix, previous);

    public static Plan PlanAgainst(this BatchSimulator batch, DesiredState desired, DesiredState? previous = null) =>
        Planner.Plan(desired.Validated(), batch.Observe(desired), Options(previous));

    /// <summary>A simulator holding exactly <paramref name="desired"/>, reached by planning and applying from nothing.</summary>
    public static BatchSimulator Converged(DesiredState desired, int seed = 1)
    {
        var batch = new BatchSimulator();
        batch.Apply(batch.PlanAgainst(desired), new Random(seed));
        Assert.Empty(batch.Violations);
        return batch;
    }

    public static IEnumerable<T> Ops<T>(this Plan plan) where T : StepOperation => plan.Steps.Select(s => s.Operation).OfType<T>();

    public static int IndexOf(this Plan plan, Func<Step, bool> match) => plan.Steps.ToList().FindIndex(s => match(s));

    public static Step Single<T>(this Plan plan, string name) where T : StepOperation =>
        plan.Steps.Single(s => s.Operation is T && s.Resource.Name == name);

    /// <summary>True when <paramref name="later"/> transitively depends on <paramref name="earlier"/>.</summary>
    public static bool DependsOn(this Plan plan, Step later, Step earlier)
    {
        var byId = plan.Steps.ToDictionary(s => s.Id);
        var stack = new Stack<string>(later.DependsOn);
        var seen = new HashSet<string>();
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (id == earlier.Id) return true;
            if (seen.Add(id)) foreach (var d in byId[id].DependsOn) stack.Push(d);
        }
        return false;
    }
}
