using BatchProvider.Domain.Planning;

namespace BatchProvider.Benchmarks.Reconcile;

/// <summary>
/// The two ways of doing a plan's work that BatchProvider is compared with. Both execute exactly the steps of our
/// planner's plan (same requests, same order constraints), so the differences measured are scheduling and polling only.
/// </summary>
public static class Baselines
{
    /// <summary>
    /// CloudFormation with native <c>AWS::Batch::*</c> resources: dependency levels one after another (all compute
    /// environments, policies and job definitions, then all queues; on removal the reverse), every resource of a level at
    /// once, each resource running its own steps and polling its own status with <see cref="FixedPolling.CloudFormation"/>.
    /// </summary>
    public static async Task CloudFormationAsync(Plan plan, FixedPollingStepRunner runner)
    {
        var resources = plan.Steps.GroupBy(s => s.Resource).Select(g => g.ToList()).ToList();
        var resourceOf = plan.Steps.ToDictionary(s => s.Id, s => s.Resource);
        var level = new Dictionary<ResourceAddress, int>();
        foreach (var steps in resources) level[steps[0].Resource] = 0;
        // Steps are in topological order, so one pass in step order sees every dependency's level before it is needed.
        foreach (var step in plan.Steps)
        {
            foreach (var dependency in step.DependsOn.Select(d => resourceOf[d]).Where(r => r != step.Resource))
                level[step.Resource] = Math.Max(level[step.Resource], level[dependency] + 1);
        }
        foreach (var group in resources.GroupBy(r => level[r[0].Resource]).OrderBy(g => g.Key))
            await Task.WhenAll(group.Select(async steps =>
            {
                foreach (var step in steps) await step.Operation.Accept(runner);
            }));
    }

    /// <summary>
    /// A naive in-Lambda custom resource: every step one after another, in plan order, each wait a loop of fixed sleeps
    /// (<see cref="FixedPolling.NaiveSleep"/>) while the function keeps running. Returns when each step finished, so
    /// the caller can tell how far a 15-minute Lambda would have got.
    /// </summary>
    public static async Task<List<DateTimeOffset>> InLambdaAsync(Plan plan, FixedPollingStepRunner runner, TimeProvider time)
    {
        var finished = new List<DateTimeOffset>();
        foreach (var step in plan.Steps)
        {
            await step.Operation.Accept(runner);
            finished.Add(time.GetUtcNow());
        }
        return finished;
    }
}
