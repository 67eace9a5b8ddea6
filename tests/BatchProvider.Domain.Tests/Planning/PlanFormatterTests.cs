using System.Text.Json;
using BatchProvider.Domain.Planning;
using static BatchProvider.Domain.Tests.Planning.Specs;

namespace BatchProvider.Domain.Tests.Planning;

public sealed class PlanFormatterTests
{
    [Fact]
    public void Rows_WhenCeReplaced_ShowOneRowPerChangeWithForcingProperties()
    {
        var v1 = Empty.With(Ec2("a", "BEST_FIT", instanceTypes: ["m5"])).With(Queue("q", ["a"]));
        var batch = PlanTesting.Converged(v1);

        var rows = PlanFormatter.Rows(batch.PlanAgainst(v1.With(Ec2("a", "BEST_FIT", instanceTypes: ["c5"]))));

        Assert.Equal(
            [
                new PlanRow("ComputeEnvironment a: s-a → s-a-g2", "ReplaceCreateFirst", "PropertyNotUpdatable: computeResources.instanceTypes", 6),
                new PlanRow("JobQueue q: s-q", "Update", "DependencyReplaced", 2),
            ],
            rows.ToArray());
    }

    [Fact]
    public void Rows_WhenJobDefinitionGetsRevision_ShowOneRowWithRegisterAndDeregister()
    {
        var batch = PlanTesting.Converged(Empty.With(JobDefinition("j", "a")));

        var rows = PlanFormatter.Rows(batch.PlanAgainst(Empty.With(JobDefinition("j", "b"))));

        Assert.Equal([new PlanRow("JobDefinition j: s-j", "Update", "SpecChanged", 2)], rows.ToArray());
    }

    [Fact]
    public void Text_RendersAlignedTableWithHeader()
    {
        var plan = PlanTesting.Converged(Empty.With(Ec2("a"))).PlanAgainst(Empty.With(Ec2("a")));

        var lines = PlanFormatter.Text(plan).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["RESOURCE                   ACTION  WHY", "ComputeEnvironment a: s-a  NoOp    None"],
            lines.Select(l => l.TrimEnd()).ToArray());
    }

    [Fact]
    public void Json_WritesOperationsWithDiscriminatorAndEnumNames()
    {
        var plan = Planner.Plan(Empty.With(Ec2("a")).Validated(), Observed.ObservedState.Empty(Stack), PlanTesting.Options());

        using var json = JsonDocument.Parse(PlanFormatter.Json(plan));

        var first = json.RootElement.GetProperty("steps")[0];
        Assert.Equal("Create", first.GetProperty("action").GetString());
        Assert.Equal("ComputeEnvironment", first.GetProperty("resource").GetProperty("family").GetString());
        Assert.Equal("CreateComputeEnvironment", first.GetProperty("operation").GetProperty("kind").GetString());
        Assert.Equal("s-a", first.GetProperty("operation").GetProperty("request").GetProperty("computeEnvironmentName").GetString());
        Assert.Equal(64, first.GetProperty("after").GetProperty("computeResources").GetProperty("maxvCpus").GetInt32());
        Assert.False(first.TryGetProperty("before", out _));
    }
}
