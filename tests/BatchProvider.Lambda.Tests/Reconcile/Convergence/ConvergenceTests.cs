using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;
using BatchProvider.Lambda.Reconcile.Convergence;
using ConvergenceRule = BatchProvider.Lambda.Reconcile.Convergence.Convergence;

namespace BatchProvider.Lambda.Tests.Reconcile.Convergence;

public sealed class ConvergenceTests
{
    private const string QueueBefore = """{"jobQueueName":"s-q","priority":10,"state":"ENABLED","status":"VALID"}""";

    public static TheoryData<string, TargetKind, bool, string, string> Plans => new()
    {
        // case, target, converged, tolerated, remaining
        { "empty", TargetKind.Aws, true, "", "" },
        { "only no-ops", TargetKind.Aws, true, "", "" },
        { "queue time-limit actions", TargetKind.LocalEmulator, true, "JobQueue q (s-q): jobStateTimeLimitActions", "" },
        { "queue time-limit actions", TargetKind.Aws, false, "", "JobQueue q (s-q): Update jobStateTimeLimitActions" },
        { "queue priority", TargetKind.LocalEmulator, false, "", "JobQueue q (s-q): Update priority" },
        { "queue priority and time-limit actions", TargetKind.LocalEmulator, false, "", "JobQueue q (s-q): Update jobStateTimeLimitActions, priority" },
        { "compute environment update policy", TargetKind.LocalEmulator, true, "ComputeEnvironment c (s-c): updatePolicy", "" },
        { "compute environment update policy", TargetKind.Aws, false, "", "ComputeEnvironment c (s-c): Update updatePolicy" },
        { "multi-node job definition", TargetKind.LocalEmulator, true, "JobDefinition j (s-j): nodeProperties", "" },
        { "field removed from the spec", TargetKind.LocalEmulator, false, "", "JobQueue q (s-q): Update" },
        { "create", TargetKind.LocalEmulator, false, "", "JobQueue q (s-q): Create" },
        { "plan error", TargetKind.LocalEmulator, false, "", "" },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Judge_ToleratesOnlyNamedEmulatorGapsAndOnlyOnAnEmulator(string name, TargetKind kind, bool converged, string tolerated, string remaining)
    {
        var verdict = ConvergenceRule.Judge(PlanOf(name), kind);

        Assert.Equal(converged, verdict.Converged);
        Assert.Equal(tolerated, string.Join("; ", verdict.Tolerated.Select(t => $"{t.Resource}: {t.Gap.Field}")));
        Assert.Equal(remaining, string.Join("; ", verdict.Remaining));
    }

    private static Plan PlanOf(string name) => name switch
    {
        "empty" => new Plan("s", [], []),
        "only no-ops" => new Plan("s", [Step(ResourceFamily.JobQueue, "q", StepAction.NoOp, QueueBefore, QueueBefore, new NoChange())], []),
        "queue time-limit actions" => Queue("""{"jobQueueName":"s-q","priority":10,"jobStateTimeLimitActions":[{"action":"CANCEL"}]}"""),
        "queue priority" => Queue("""{"jobQueueName":"s-q","priority":20}"""),
        "queue priority and time-limit actions" => Queue("""{"jobQueueName":"s-q","priority":20,"jobStateTimeLimitActions":[{"action":"CANCEL"}]}"""),
        "compute environment update policy" => new Plan("s",
        [
            Step(ResourceFamily.ComputeEnvironment, "c", StepAction.Update, """{"computeEnvironmentName":"s-c","state":"ENABLED"}""", """{"computeEnvironmentName":"s-c","state":"ENABLED"}""",
                new UpdateComputeEnvironment(new UpdateComputeEnvironmentRequest { ComputeEnvironment = "s-c", UpdatePolicy = new UpdatePolicy { JobExecutionTimeoutMinutes = 30 } }, NotFoundIsDone: false)),
            Step(ResourceFamily.ComputeEnvironment, "c", StepAction.Update, """{"computeEnvironmentName":"s-c","state":"ENABLED"}""", """{"computeEnvironmentName":"s-c","state":"ENABLED"}""",
                new WaitForComputeEnvironment("s-c", WaitTarget.Valid)),
        ], []),
        "multi-node job definition" => new Plan("s",
        [
            Step(ResourceFamily.JobDefinition, "j", StepAction.Update, """{"jobDefinitionName":"s-j","revision":1,"type":"multinode"}""",
                """{"jobDefinitionName":"s-j","type":"multinode","nodeProperties":{"numNodes":4}}""", new RegisterJobDefinition(new RegisterJobDefinitionRequest { JobDefinitionName = "s-j" })),
            Step(ResourceFamily.JobDefinition, "j", StepAction.Update, """{"jobDefinitionName":"s-j","revision":1,"type":"multinode"}""",
                """{"jobDefinitionName":"s-j","type":"multinode","nodeProperties":{"numNodes":4}}""", new DeregisterJobDefinition(new DeregisterJobDefinitionRequest { JobDefinition = "s-j:1" })),
        ], []),
        // After omits a field Batch still has: nothing in After differs, so the change has no name and is not excused.
        "field removed from the spec" => Queue("""{"jobQueueName":"s-q","priority":10}"""),
        "create" => new Plan("s", [Step(ResourceFamily.JobQueue, "q", StepAction.Create, null, """{"jobQueueName":"s-q"}""", new CreateJobQueue(new CreateJobQueueRequest { JobQueueName = "s-q" }))], []),
        "plan error" => new Plan("s", [], [new Diagnostic(Severity.Error, PropertyPath.Root, "BS0590", "A foreign resource has the name.")]),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static Plan Queue(string after) => new("s",
        [Step(ResourceFamily.JobQueue, "q", StepAction.Update, QueueBefore, after, new UpdateJobQueue(new UpdateJobQueueRequest { JobQueue = "s-q" }, NotFoundIsDone: false))], []);

    private static Step Step(ResourceFamily family, string id, StepAction action, string? before, string? after, StepOperation operation) =>
        new($"{family}/{id}/{operation.GetType().Name}", new ResourceAddress(family, id, $"s-{id}"), action, StepReason.SpecChanged, [], before, after, [], operation);
}
