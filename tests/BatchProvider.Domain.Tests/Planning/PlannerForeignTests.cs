using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Planning;
using static BatchProvider.Domain.Tests.Planning.Specs;

namespace BatchProvider.Domain.Tests.Planning;

/// <summary>A foreign resource blocks only the name the plan was about to create (issue 8, item 16).</summary>
public sealed class PlannerForeignTests
{
    [Theory]
    [InlineData(true, "s-p-g2", false)]
    [InlineData(true, "s-p-g3", false)]
    [InlineData(false, "s-p", true)]
    public void Plan_WhenForeignPolicyHoldsAGenerationName_ReportsItOnlyWhenThatNameWasNext(bool converged, string foreignName, bool reported)
    {
        var desired = Empty.With(Policy("p"));
        var batch = converged ? PlanTesting.Converged(desired) : new BatchSimulator();
        batch.SchedulingPolicies[foreignName] = new SchedulingPolicyDetail { Name = foreignName, Arn = $"{ArnPrefix}:scheduling-policy/{foreignName}" };

        var plan = batch.PlanAgainst(desired);

        Assert.Equal(reported, plan.Diagnostics.Any(d => d.Code == PlanDiagnosticCodes.ForeignNameCollision));
        if (converged) Assert.All(plan.Steps, s => Assert.Equal(StepAction.NoOp, s.Action));
    }

    [Theory]
    [InlineData("s-a-g2", false)]
    [InlineData("s-a-g3", false)]
    public void Plan_WhenForeignCeHoldsAnUnusedGeneration_OfAConvergedStack_ReportsNothing(string foreignName, bool reported)
    {
        var desired = Empty.With(Ec2("a")).With(Queue("q", ["a"]));
        var batch = PlanTesting.Converged(desired);
        batch.ComputeEnvironments[foreignName] = ForeignComputeEnvironment(foreignName);

        var plan = batch.PlanAgainst(desired);

        Assert.Equal(reported, plan.HasErrors);
        Assert.All(plan.Steps, s => Assert.Equal(StepAction.NoOp, s.Action));
    }
}
