using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;
using static BatchProvider.Domain.Tests.Planning.Specs;

namespace BatchProvider.Domain.Tests.Planning;

public sealed class PlannerJobDefinitionTests
{
    [Theory]
    [InlineData(0, 3, new[] { 1, 2, 3 })]
    [InlineData(1, 3, new[] { 1, 2 })]
    [InlineData(2, 3, new[] { 1 })]
    [InlineData(5, 3, new int[0])]
    public void Plan_WhenJobDefinitionChanges_RegistersRevisionAndDeregistersBeyondKeep(int keep, int existingRevisions, int[] deregistered)
    {
        var batch = new BatchSimulator();
        for (var i = 1; i <= existingRevisions; i++)
        {
            batch.Apply(batch.PlanAgainst(Empty.Keeping(10).With(JobDefinition("j", image: $"img:{i}"))), new Random(i));
        }
        var desired = Empty.Keeping(keep).With(JobDefinition("j", image: "img:new"));

        var plan = batch.PlanAgainst(desired);

        var register = plan.Single<RegisterJobDefinition>("s-j");
        Assert.Equal("img:new", ((RegisterJobDefinition)register.Operation).Request.ContainerProperties!.Image);
        var gone = plan.Ops<DeregisterJobDefinition>().Select(d => d.Request.JobDefinition).ToArray();
        Assert.Equal(deregistered.Select(r => $"{ArnPrefix}:job-definition/s-j:{r}").Order(), gone.Order());
        Assert.All(plan.Steps.Where(s => s.Operation is DeregisterJobDefinition), s => Assert.Equal([register.Id], s.DependsOn.ToArray()));
        batch.Apply(plan, new Random(0));
        Assert.False(batch.PlanAgainst(desired).HasChanges);
    }

    [Fact]
    public void Plan_WhenBatchFilledDefaults_SeesNoChange()
    {
        var desired = Empty.With(JobDefinition("j"));
        var batch = PlanTesting.Converged(desired);

        Assert.False(batch.PlanAgainst(desired).HasChanges);
    }

    [Fact]
    public void Plan_WhenBatchLowerCasesRetryActions_SeesNoChange()
    {
        var jd = JobDefinition("j");
        var retry = jd with
        {
            Register = jd.Register with
            {
                RetryStrategy = new BatchApi.RetryStrategy { Attempts = 2, EvaluateOnExit = [new BatchApi.EvaluateOnExit { OnStatusReason = "Host EC2*", Action = "RETRY" }] },
            },
        };
        var batch = PlanTesting.Converged(Empty.With(retry));
        batch.JobDefinitions[0] = batch.JobDefinitions[0] with
        {
            RetryStrategy = new BatchApi.RetryStrategy { Attempts = 2, EvaluateOnExit = [new BatchApi.EvaluateOnExit { OnStatusReason = "Host EC2*", Action = "retry" }] },
        };

        Assert.False(batch.PlanAgainst(Empty.With(retry)).HasChanges);
    }

    [Fact]
    public void Plan_WhenMemberRemovedFromSpec_RegistersRevision()
    {
        var jd = JobDefinition("j");
        var withTimeout = jd with { Register = jd.Register with { Timeout = new BatchApi.JobTimeout { AttemptDurationSeconds = 60 } } };
        var batch = PlanTesting.Converged(Empty.With(withTimeout));

        var plan = batch.PlanAgainst(Empty.With(jd));

        Assert.Single(plan.Ops<RegisterJobDefinition>());
    }

    [Fact]
    public void Plan_WhenJobDefinitionLeavesSpec_DeregistersEveryActiveRevision()
    {
        var batch = new BatchSimulator();
        batch.Apply(batch.PlanAgainst(Empty.Keeping(5).With(JobDefinition("j", "a"))), new Random(0));
        batch.Apply(batch.PlanAgainst(Empty.Keeping(5).With(JobDefinition("j", "b"))), new Random(0));

        var plan = batch.PlanAgainst(Empty);

        Assert.Equal(2, plan.Ops<DeregisterJobDefinition>().Count());
        Assert.All(plan.Steps, s => Assert.Equal((StepAction.Delete, StepReason.NotInSpec), (s.Action, s.Reason)));
    }
}
