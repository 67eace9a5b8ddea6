using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Lambda.Tests.Reconcile;

/// <summary>Hand-written plans for applier tests: the applier executes data, so its tests need no planner.</summary>
internal static class TestPlans
{
    public const string Stack = "demo";

    public static Plan Plan(params IEnumerable<Step>[] groups) => new(Stack, [.. groups.SelectMany(g => g)], []);

    public static Step Step(string id, StepOperation operation, params string[] dependsOn) =>
        new(id, new ResourceAddress(ResourceFamily.ComputeEnvironment, id, id), StepAction.Create, StepReason.NotFound,
            [], null, null, [.. dependsOn], operation);

    public static CreateComputeEnvironmentRequest ComputeEnvironment(string name, string state = "ENABLED") => new()
    {
        ComputeEnvironmentName = name,
        Type = "MANAGED",
        State = state,
        ComputeResources = new ComputeResource { Type = "FARGATE", MaxvCpus = 16, Subnets = ["subnet-1"], SecurityGroupIds = ["sg-1"] },
        Tags = OwnershipTags.For(Stack, name, "ComputeEnvironment"),
    };

    /// <summary>Create + wait VALID: steps <c>ce/{name}/create</c> and <c>ce/{name}/wait</c>.</summary>
    public static Step[] CreateComputeEnvironment(string name, params string[] dependsOn) =>
    [
        Step($"ce/{name}/create", new CreateComputeEnvironment(ComputeEnvironment(name)), dependsOn),
        Step($"ce/{name}/wait", new WaitForComputeEnvironment(name, WaitTarget.Valid), $"ce/{name}/create"),
    ];

    /// <summary>Create + wait VALID of a queue on <paramref name="computeEnvironments"/>: <c>jq/{name}/create</c>, <c>jq/{name}/wait</c>.</summary>
    public static Step[] CreateJobQueue(string name, string[] computeEnvironments, params string[] dependsOn) =>
    [
        Step($"jq/{name}/create", new CreateJobQueue(new CreateJobQueueRequest
        {
            JobQueueName = name, Priority = 1, State = "ENABLED",
            ComputeEnvironmentOrder = [.. computeEnvironments.Select((c, i) => new ComputeEnvironmentOrder { ComputeEnvironment = c, Order = i + 1 })],
            Tags = OwnershipTags.For(Stack, name, "JobQueue"),
        }), dependsOn),
        Step($"jq/{name}/wait", new WaitForJobQueue(name, WaitTarget.Valid), $"jq/{name}/create"),
    ];

    /// <summary>Disable, wait, delete (retrying on the lingering queue relationship), wait gone.</summary>
    public static Step[] DeleteComputeEnvironment(string name, params string[] dependsOn) =>
    [
        Step($"ce/{name}/disable", new UpdateComputeEnvironment(new UpdateComputeEnvironmentRequest { ComputeEnvironment = name, State = "DISABLED" }, NotFoundIsDone: true), dependsOn),
        Step($"ce/{name}/wait-disabled", new WaitForComputeEnvironment(name, WaitTarget.Settled), $"ce/{name}/disable"),
        Step($"ce/{name}/delete", new DeleteComputeEnvironment(new DeleteComputeEnvironmentRequest { ComputeEnvironment = name },
            [Domain.Planning.Operations.DeleteComputeEnvironment.JobQueueRelationship]), $"ce/{name}/wait-disabled"),
        Step($"ce/{name}/wait-gone", new WaitForComputeEnvironment(name, WaitTarget.Gone), $"ce/{name}/delete"),
    ];

    /// <summary>The plan of the steps still pending in <paramref name="result"/>, dependencies on finished steps dropped (what re-planning would give).</summary>
    public static Plan Remaining(Plan plan, Lambda.Reconcile.ApplyResult result)
    {
        var pending = result.Remaining.Select(s => s.Id).ToImmutableHashSet();
        return plan with
        {
            Steps = [.. plan.Steps.Where(s => pending.Contains(s.Id)).Select(s => s with { DependsOn = [.. s.DependsOn.Where(pending.Contains)] })],
        };
    }
}
