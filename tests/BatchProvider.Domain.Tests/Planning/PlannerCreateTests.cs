using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;
using static BatchProvider.Domain.Tests.Planning.Specs;

namespace BatchProvider.Domain.Tests.Planning;

public sealed class PlannerCreateTests
{
    private static readonly Desired.DesiredState Stack1 = Empty
        .With(Ec2("ec2")).With(Fargate("far")).With(Policy("fair"))
        .With(Queue("main", ["ec2"], "fair")).With(Queue("light", ["far"]))
        .With(JobDefinition("job"));

    [Fact]
    public void Plan_WhenNothingExists_CreatesEveryResourceBeforeWhatReferencesIt()
    {
        var plan = Planner.Plan(Stack1.Validated(), ObservedState.Empty(Stack), PlanTesting.Options());

        Assert.False(plan.HasErrors);
        Assert.All(plan.Steps, s => Assert.Equal(StepAction.Create, s.Action));
        var createMain = plan.Single<CreateJobQueue>("s-main");
        Assert.True(plan.DependsOn(createMain, plan.Steps.Single(s => s.Operation is WaitForComputeEnvironment { ComputeEnvironment: "s-ec2", Until: WaitTarget.Valid })));
        Assert.True(plan.DependsOn(createMain, plan.Single<CreateSchedulingPolicy>("s-fair")));
        var request = ((CreateJobQueue)createMain.Operation).Request;
        Assert.Equal($"{ArnPrefix}:scheduling-policy/s-fair", request.SchedulingPolicyArn);
        Assert.Equal($"{ArnPrefix}:compute-environment/s-ec2", Assert.Single(request.ComputeEnvironmentOrder!).ComputeEnvironment);
        Assert.Single(plan.Ops<RegisterJobDefinition>());
    }

    [Fact]
    public void Plan_WhenNothingExists_ListsStepsInATopologicalOrder()
    {
        var plan = Planner.Plan(Stack1.Validated(), ObservedState.Empty(Stack), PlanTesting.Options());

        var seen = new HashSet<string>();
        foreach (var step in plan.Steps)
        {
            Assert.All(step.DependsOn, d => Assert.Contains(d, seen));
            seen.Add(step.Id);
        }
    }

    [Fact]
    public void Plan_WhenBatchMatchesSpec_IsAllNoOp()
    {
        var batch = PlanTesting.Converged(Stack1);

        var plan = batch.PlanAgainst(Stack1);

        Assert.False(plan.HasChanges);
        Assert.All(plan.Steps, s => Assert.IsType<NoChange>(s.Operation));
        Assert.Equal(6, plan.Steps.Length);
    }

    [Fact]
    public void Plan_WhenUpdatePolicyIsWanted_SetsItAfterCreateOnceValid()
    {
        var policy = new BatchApi.UpdatePolicy { TerminateJobsOnUpdate = false, JobExecutionTimeoutMinutes = 30 };
        var desired = Empty.With(Ec2("ec2", updatePolicy: policy));

        var plan = Planner.Plan(desired.Validated(), ObservedState.Empty(Stack), PlanTesting.Options());

        var ops = plan.Steps.Select(s => s.Operation).ToList();
        Assert.IsType<CreateComputeEnvironment>(ops[0]);
        Assert.Equal(WaitTarget.Valid, Assert.IsType<WaitForComputeEnvironment>(ops[1]).Until);
        Assert.Equal(policy, Assert.IsType<UpdateComputeEnvironment>(ops[2]).Request.UpdatePolicy);
        Assert.IsType<WaitForComputeEnvironment>(ops[3]);
    }

    [Theory]
    [InlineData("BEST_FIT")]
    [InlineData(null)]
    public void Plan_WhenCeCannotTakeInfrastructureUpdates_NeverSendsUpdatePolicy(string? strategy)
    {
        var policy = new BatchApi.UpdatePolicy { TerminateJobsOnUpdate = true };
        var desired = Empty.With(Ec2("ec2", strategy: strategy, updatePolicy: policy)).With(Fargate("far", updatePolicy: policy));

        var plan = Planner.Plan(desired.Validated(), ObservedState.Empty(Stack), PlanTesting.Options());

        Assert.Empty(plan.Ops<UpdateComputeEnvironment>());
    }
}
