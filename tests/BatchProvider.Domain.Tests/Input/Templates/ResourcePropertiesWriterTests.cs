using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Domain.Tests.Input.Templates;

public sealed class ResourcePropertiesWriterTests
{
    private const string Template = """
        Parameters:
          Role: { Type: String }
        Resources:
          S:
            Type: Custom::BatchStack
            Properties:
              ServiceToken: !ImportValue Token
              Name: research
              Tags: { Team: ml }
              Defaults: { Subnets: [subnet-1], SecurityGroups: [sg-1] }
              ComputeEnvironments: [{ Id: c, Kind: Fargate, MaxvCpus: 16, Spot: true }]
              JobQueues: [{ Id: q, Priority: 1, ComputeEnvironments: [c] }]
              JobDefinitions: [{ Id: a, Kind: Container, Platform: Fargate, Image: x, Vcpus: 0.5, ExecutionRole: arn:aws:iam::1:role/e, Memory: 1024, JobRole: !Ref Role }]
        """;

    [Fact]
    public void ToJson_WritesEveryScalarAsAStringAndAnUnresolvedValueAsItsExpression()
    {
        var stack = TemplateLoader.Load(Template, new Dictionary<string, string> { ["Role"] = "arn:aws:iam::1:role/r" }).Stacks.Single();

        var json = ResourcePropertiesWriter.ToJson(stack.Properties).GetRawText();

        Assert.Contains("\"ServiceToken\":\"!ImportValue Token\"", json);
        Assert.Contains("\"MaxvCpus\":\"16\",\"Spot\":\"true\"", json);
        Assert.Contains("\"Vcpus\":\"0.5\",\"ExecutionRole\":\"arn:aws:iam::1:role/e\",\"Memory\":\"1024\",\"JobRole\":\"arn:aws:iam::1:role/r\"", json);
    }

    [Fact]
    public void ToJson_ReadBackAsAnEventsProperties_ValidatesToTheSameSpecAsTheTemplate()
    {
        var stack = TemplateLoader.Load(Template, new Dictionary<string, string> { ["Role"] = "arn:aws:iam::1:role/r" }).Stacks.Single();

        var fromTemplate = SpecPipeline.Run(stack.Properties, TestSupport.Specs.Now);
        var fromEvent = SpecPipeline.Run(JsonNodeReader.FromResourceProperties(ResourcePropertiesWriter.ToJson(stack.Properties)), TestSupport.Specs.Now);

        Assert.NotNull(fromTemplate.Validated);
        Assert.NotNull(fromEvent.Validated);
        Assert.Equal(Creation(fromTemplate.Validated), Creation(fromEvent.Validated));
        Assert.Equal(fromTemplate.Diagnostics.Select(d => d.ToString()), fromEvent.Diagnostics.Select(d => d.ToString()));
    }

    // Every Batch request the spec turns into, with its values: equal plans mean equal specs.
    private static string Creation(ValidatedSpec spec) =>
        PlanFormatter.Json(Planner.Plan(spec, ObservedState.Empty(spec.Desired.StackName), new PlanOptions(BatchArns.Prefix("aws", "eu-west-1", "123456789012"))));
}
