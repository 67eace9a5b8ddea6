using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;
using static BatchProvider.Domain.Tests.Planning.Specs;

namespace BatchProvider.Domain.Tests.Planning;

public sealed class PlannerRemovalTests
{
    private static readonly Desired.DesiredState Full = Empty
        .With(Ec2("a")).With(Fargate("f")).With(Policy("p"))
        .With(Queue("q", ["a"], "p")).With(Queue("r", ["f"]))
        .With(JobDefinition("j"));

    /// <summary>The delete order of batch-rules.md D.2, as the sequence of operation kinds.</summary>
    private static readonly string[] DeleteOrder =
    [
        "UpdateJobQueue", "WaitForJobQueue", "DeleteJobQueue", "WaitForJobQueue",
        "UpdateComputeEnvironment", "WaitForComputeEnvironment", "DeleteComputeEnvironment", "WaitForComputeEnvironment",
        "DeleteSchedulingPolicy", "DeregisterJobDefinition",
    ];

    [Fact]
    public void PlanDestroy_RemovesEverythingInBatchDeleteOrder()
    {
        var batch = PlanTesting.Converged(Full);

        var plan = Planner.PlanDestroy(batch.Observe(Full), PlanTesting.Options());

        var kinds = plan.Steps.Select(s => s.Operation.GetType().Name).Distinct().ToArray();
        Assert.Equal(DeleteOrder.Distinct(), kinds);
        var kindsInOrder = plan.Steps.Select(s => s.Operation.GetType().Name).ToList();
        Assert.True(kindsInOrder.LastIndexOf("DeleteJobQueue") < kindsInOrder.IndexOf("UpdateComputeEnvironment"));
        Assert.All(plan.Steps, s => Assert.Equal((StepAction.Delete, StepReason.NotInSpec), (s.Action, s.Reason)));
        Assert.All(plan.Ops<UpdateJobQueue>(), o => Assert.True(o.NotFoundIsDone && o.Request.State == "DISABLED"));
        Assert.All(plan.Ops<UpdateComputeEnvironment>(), o => Assert.True(o.NotFoundIsDone && o.Request.State == "DISABLED"));
        Assert.All(plan.Ops<DeleteJobQueue>(), o => Assert.False(o.DrainJobsFirst));
        for (var seed = 0; seed < 10; seed++)
        {
            var copy = PlanTesting.Converged(Full);
            copy.Apply(plan, new Random(seed));
            Assert.Empty(copy.Violations);
            Assert.Empty(copy.ComputeEnvironments);
            Assert.Empty(copy.JobQueues);
            Assert.Empty(copy.SchedulingPolicies);
            Assert.All(copy.JobDefinitions, j => Assert.Equal("INACTIVE", j.Status));
        }
    }

    [Fact]
    public void Plan_WhenSpecIsEmpty_PlansTheSameAsDestroy()
    {
        var batch = PlanTesting.Converged(Full);

        var destroy = Planner.PlanDestroy(batch.Observe(Full), PlanTesting.Options());
        var empty = batch.PlanAgainst(Empty);

        Assert.Equal(destroy.Steps.Select(s => s.Id), empty.Steps.Select(s => s.Id));
    }

    [Fact]
    public void Plan_WhenCeLeavesSpec_DeletesItAfterItsQueueMovedAway()
    {
        var v1 = Empty.With(Ec2("a")).With(Ec2("b")).With(Queue("q", ["a", "b"]));
        var v2 = Empty.With(Ec2("b")).With(Queue("q", ["b"]));
        var batch = PlanTesting.Converged(v1);

        var plan = batch.PlanAgainst(v2);

        var disable = plan.Single<UpdateComputeEnvironment>("s-a");
        Assert.True(plan.DependsOn(disable, plan.Single<WaitForJobQueue>("s-q")));
        batch.Apply(plan, new Random(7));
        Assert.Empty(batch.Violations);
    }

    [Fact]
    public void Plan_WhenResourceIsAlreadyDeleting_OnlyWaitsForItToGo()
    {
        var batch = PlanTesting.Converged(Empty.With(Ec2("a")));
        batch.ComputeEnvironments["s-a"] = batch.ComputeEnvironments["s-a"] with { State = "DISABLED", Status = "DELETING" };

        var plan = batch.PlanAgainst(Empty);

        Assert.Equal(new WaitForComputeEnvironment("s-a", WaitTarget.Gone), Assert.Single(plan.Steps).Operation);
    }

    [Fact]
    public void Plan_WhenForeignResourceHasOurName_ReportsErrorAndNeverTouchesIt()
    {
        var desired = Empty.With(Ec2("a")).With(Queue("q", ["a"]));
        var batch = new BatchSimulator();
        batch.ComputeEnvironments["s-a"] = ForeignComputeEnvironment("s-a");

        var plan = batch.PlanAgainst(desired);

        var error = Assert.Single(plan.Diagnostics);
        Assert.True(plan.HasErrors);
        Assert.Equal(PlanDiagnosticCodes.ForeignNameCollision, error.Code);
        Assert.Equal("ComputeEnvironments[0]", error.Path.ToString());
        Assert.Equal(
            "compute environment 's-a' (arn:aws:batch:us-east-1:123456789012:compute-environment/s-a) already exists and is not owned by this stack: "
            + "it lacks the tag batchprovider:stack=s (it belongs to stack 'other'). BatchStack never adopts or changes resources it does not own; "
            + "delete or rename that resource, or give this stack another Name.", error.Message);
        Assert.DoesNotContain(plan.Steps, s => s.Resource.Name == "s-a");
        batch.Apply(plan, new Random(8));
        Assert.Empty(batch.Violations);
    }

    [Fact]
    public void ObservedStateFrom_KeepsOwnedAndFlagsOnlyCollidingForeignNames()
    {
        var desired = Empty.With(Ec2("a"));
        ComputeEnvironmentDetail Ce(string name, string? stack, string status = "VALID") => new()
        {
            ComputeEnvironmentName = name,
            ComputeEnvironmentArn = $"{ArnPrefix}:compute-environment/{name}",
            Status = status,
            Tags = stack is null ? null : new Dictionary<string, string> { ["batchprovider:stack"] = stack, ["batchprovider:id"] = "a" },
        };

        var observed = ObservedState.From(Stack, desired,
            [Ce("s-a", Stack), Ce("s-a-g2", null), Ce("unrelated", null), Ce("s-a-g3", "other"), Ce("s-old", Stack, "DELETED")], [], [], []);

        Assert.Equal(["s-a"], observed.ComputeEnvironments.Select(c => c.Name).ToArray());
        Assert.Equal("a", observed.ComputeEnvironments[0].Id);
        Assert.Equal(["s-a-g2", "s-a-g3"], observed.Foreign.Select(f => f.Name).ToArray());
        Assert.Equal(new string?[] { null, "other" }, observed.Foreign.Select(f => f.OwnerStack));
    }
}
