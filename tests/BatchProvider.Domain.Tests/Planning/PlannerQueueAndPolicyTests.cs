using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;
using static BatchProvider.Domain.Tests.Planning.Specs;

namespace BatchProvider.Domain.Tests.Planning;

public sealed class PlannerQueueAndPolicyTests
{
    private static readonly Desired.DesiredState Base = Empty.With(Ec2("a")).With(Ec2("b")).With(Policy("p1")).With(Policy("p2"));

    [Fact]
    public void Plan_WhenQueuePolicySwapped_UpdatesQueueInPlaceAndDeletesNothing()
    {
        var batch = PlanTesting.Converged(Base.With(Queue("q", ["a"], "p1")));

        var plan = batch.PlanAgainst(Base.With(Queue("q", ["a"], "p2")));

        var update = Assert.Single(plan.Ops<UpdateJobQueue>()).Request;
        Assert.Equal($"{ArnPrefix}:scheduling-policy/s-p2", update.SchedulingPolicyArn);
        Assert.Empty(plan.Ops<CreateJobQueue>());
        Assert.Empty(plan.Ops<DeleteJobQueue>());
    }

    [Theory]
    [InlineData(null, "p1")]
    [InlineData("p1", null)]
    public void Plan_WhenQueueGainsOrLosesPolicy_ReplacesQueueCreateFirstAndDrainsOld(string? before, string? after)
    {
        var v1 = Base.With(Queue("q", ["a"], before));
        var v2 = Base.With(Queue("q", ["a"], after));
        var batch = PlanTesting.Converged(v1);

        var plan = batch.PlanAgainst(v2);

        var create = plan.Single<CreateJobQueue>("s-q-g2");
        Assert.Equal(StepAction.ReplaceCreateFirst, create.Action);
        Assert.Equal(["schedulingPolicyArn"], create.ForcedReplaceBy.ToArray());
        var delete = plan.Single<DeleteJobQueue>("s-q");
        Assert.True(((DeleteJobQueue)delete.Operation).DrainJobsFirst);
        Assert.True(plan.DependsOn(delete, plan.Single<WaitForJobQueue>("s-q-g2")));
        Assert.Equal(StepAction.ReplaceCreateFirst, delete.Action);
        batch.Apply(plan, new Random(5));
        Assert.Empty(batch.Violations);
        Assert.Equal(["s-q-g2"], batch.JobQueues.Keys.ToArray());
        Assert.False(batch.PlanAgainst(v2).HasChanges);
    }

    [Fact]
    public void Plan_WhenQueueSettingsChange_UpdatesInPlace()
    {
        var batch = PlanTesting.Converged(Base.With(Queue("q", ["a"], priority: 1)));

        var plan = batch.PlanAgainst(Base.With(Queue("q", ["b", "a"], priority: 5)));

        var request = Assert.Single(plan.Ops<UpdateJobQueue>()).Request;
        Assert.Equal(5, request.Priority);
        Assert.Equal([$"{ArnPrefix}:compute-environment/s-b", $"{ArnPrefix}:compute-environment/s-a"],
            request.ComputeEnvironmentOrder!.Select(o => o.ComputeEnvironment!).ToArray());
    }

    [Fact]
    public void Plan_WhenQueueDisabledOutOfBand_ReEnablesItAsDrift()
    {
        var desired = Base.With(Queue("q", ["a"]));
        var batch = PlanTesting.Converged(desired);
        batch.JobQueues["s-q"] = batch.JobQueues["s-q"] with { State = "DISABLED" };

        var plan = batch.PlanAgainst(desired, previous: desired);

        var step = plan.Single<UpdateJobQueue>("s-q");
        Assert.Equal(StepReason.DriftDetected, step.Reason);
        Assert.Equal("ENABLED", ((UpdateJobQueue)step.Operation).Request.State);
    }

    [Fact]
    public void Plan_WhenFairsharePolicyChanges_SendsTheWholePolicyInPlace()
    {
        var batch = PlanTesting.Converged(Empty.With(Policy("p1", weight: 1)));

        var plan = batch.PlanAgainst(Empty.With(Policy("p1", weight: 2)), previous: Empty.With(Policy("p1", weight: 1)));

        var step = plan.Single<UpdateSchedulingPolicy>("s-p1");
        Assert.Equal(StepReason.SpecChanged, step.Reason);
        var request = ((UpdateSchedulingPolicy)step.Operation).Request;
        Assert.Equal($"{ArnPrefix}:scheduling-policy/s-p1", request.Arn);
        Assert.Equal(3600, request.FairsharePolicy!.ShareDecaySeconds);
        Assert.Equal(2, request.FairsharePolicy.ShareDistribution!.Single().WeightFactor);
    }

    [Fact]
    public void Plan_WhenPolicyLeavesSpec_DeletesItOnlyAfterTheQueueLetGo()
    {
        var batch = PlanTesting.Converged(Base.With(Queue("q", ["a"], "p1")));
        var v2 = Base.With(Queue("q", ["a"], "p2")) with { SchedulingPolicies = [Policy("p2")] };

        var plan = batch.PlanAgainst(v2);

        var delete = plan.Single<DeleteSchedulingPolicy>("s-p1");
        Assert.Equal(StepAction.Delete, delete.Action);
        Assert.Equal(StepReason.NotInSpec, delete.Reason);
        Assert.True(plan.DependsOn(delete, plan.Single<WaitForJobQueue>("s-q")));
        batch.Apply(plan, new Random(6));
        Assert.Empty(batch.Violations);
    }

    [Fact]
    public void Plan_WhenQueueIsInvalid_ReplacesItCreateFirstAndWarns()
    {
        var desired = Base.With(Queue("q", ["a"]));
        var batch = PlanTesting.Converged(desired);
        batch.JobQueues["s-q"] = batch.JobQueues["s-q"] with { Status = "INVALID", StatusReason = "CE gone" };

        var plan = batch.PlanAgainst(desired);

        Assert.Equal(StepReason.Invalid, plan.Single<CreateJobQueue>("s-q-g2").Reason);
        Assert.Equal(PlanDiagnosticCodes.InvalidJobQueueReplaced, Assert.Single(plan.Diagnostics).Code);
        batch.Apply(plan, new Random(9));
        Assert.Empty(batch.Violations);
        Assert.False(batch.PlanAgainst(desired).HasChanges);
    }

    [Fact]
    public void Plan_WhenQueueIsUpdating_WaitsBeforeUpdatingIt()
    {
        var desired = Base.With(Queue("q", ["a"], priority: 1));
        var batch = PlanTesting.Converged(desired);
        batch.JobQueues["s-q"] = batch.JobQueues["s-q"] with { Status = "UPDATING" };

        var plan = batch.PlanAgainst(Base.With(Queue("q", ["a"], priority: 2)));

        var wait = plan.Steps.First(s => s.Operation is WaitForJobQueue);
        Assert.True(plan.DependsOn(plan.Single<UpdateJobQueue>("s-q"), wait));
        Assert.Equal(StepReason.Busy, batch.PlanAgainst(desired).Steps.Single(s => s.Resource.Family == ResourceFamily.JobQueue).Reason);
    }

    [Fact]
    public void Plan_WhenForeignPolicyHoldsTheBaseName_CreatesTheNextGenerationAndReportsIt()
    {
        var desired = Empty.With(Policy("p"));
        var batch = new BatchSimulator();
        batch.SchedulingPolicies["s-p"] = new BatchApi.SchedulingPolicyDetail { Name = "s-p", Arn = $"{ArnPrefix}:scheduling-policy/s-p" };

        var plan = batch.PlanAgainst(desired);

        Assert.Equal(PlanDiagnosticCodes.ForeignNameCollision, Assert.Single(plan.Diagnostics).Code);
        Assert.Equal("s-p-g2", ((CreateSchedulingPolicy)Assert.Single(plan.Steps).Operation).Request.Name);
    }

    [Fact]
    public void Plan_WhenAnOlderQueueGenerationIsLeftOver_DrainsAndDeletesIt()
    {
        var desired = Base.With(Queue("q", ["a"]));
        var batch = PlanTesting.Converged(desired);
        var old = batch.JobQueues["s-q"];
        batch.JobQueues["s-q-g2"] = old with { JobQueueName = "s-q-g2", JobQueueArn = $"{ArnPrefix}:job-queue/s-q-g2" };

        var plan = batch.PlanAgainst(desired);

        var delete = plan.Single<DeleteJobQueue>("s-q");
        Assert.True(((DeleteJobQueue)delete.Operation).DrainJobsFirst);
        Assert.Equal(StepReason.NotInSpec, delete.Reason);
        Assert.Empty(plan.Ops<CreateJobQueue>());
    }

    [Fact]
    public void Plan_WhenQueueLeavesSpec_DeletesItWithoutDraining()
    {
        var batch = PlanTesting.Converged(Base.With(Queue("q", ["a"])));

        var plan = batch.PlanAgainst(Base);

        Assert.False(Assert.Single(plan.Ops<DeleteJobQueue>()).DrainJobsFirst);
    }
}
