using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Tests.TestSupport;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Domain.Tests.Validation;

public class SpecPipelineTests
{
    private static SpecPipelineResult Example(params (string, string)[] parameters)
    {
        var loaded = TemplateLoader.Load(File.ReadAllText(Specs.Example("research-platform.yaml")), parameters.ToDictionary(p => p.Item1, p => p.Item2));
        return SpecPipeline.Run(Assert.Single(loaded.Stacks).Properties, Specs.Now);
    }

    [Fact]
    public void Example_IsValid_WithoutParameters()
    {
        var result = Example();
        Specs.AssertNoErrors(result);
        Assert.NotNull(result.Validated);
    }

    [Fact]
    public void Example_ExpandsToTheExpectedNamesAndDefaults()
    {
        var result = Example(("Subnets", "subnet-1,subnet-2"), ("SecurityGroups", "sg-1"), ("InstanceProfileArn", "arn:aws:iam::123456789012:instance-profile/batch"));
        Specs.AssertNoErrors(result);
        var desired = result.Validated!.Desired;
        Assert.Equal("research", desired.StackName);
        Assert.Equal(["research-spot", "research-ondemand", "research-serverless"], desired.ComputeEnvironments.Select(c => c.Name));
        Assert.Equal(["research-training", "research-fallback", "research-etl"], desired.JobQueues.Select(q => q.Name));
        Assert.Equal("research-fair", desired.SchedulingPolicies.Single().Name);

        var spot = desired.ComputeEnvironments[0].Create.ComputeResources!;
        Assert.Equal(("SPOT", "SPOT_PRICE_CAPACITY_OPTIMIZED", 60, 0, 512), (spot.Type, spot.AllocationStrategy, spot.BidPercentage!.Value, spot.MinvCpus!.Value, spot.MaxvCpus!.Value));
        Assert.Equal(["m6i", "c6i", "r6i"], spot.InstanceTypes!);
        Assert.Equal(["subnet-1", "subnet-2"], spot.Subnets!);
        Assert.Equal("arn:aws:iam::123456789012:instance-profile/batch", spot.InstanceRole);

        var ondemand = desired.ComputeEnvironments[1];
        Assert.Equal(new UpdatePolicyExpectation(false, 30), new UpdatePolicyExpectation(ondemand.UpdatePolicy!.TerminateJobsOnUpdate, ondemand.UpdatePolicy.JobExecutionTimeoutMinutes));
        Assert.Equal(["m6i.2xlarge", "g5.xlarge"], ondemand.Create.ComputeResources!.InstanceTypes!);

        var serverless = desired.ComputeEnvironments[2].Create.ComputeResources!;
        Assert.Equal(("FARGATE_SPOT", 64), (serverless.Type, serverless.MaxvCpus!.Value));
        Assert.Null(serverless.InstanceRole);
        Assert.Equal("research", desired.ComputeEnvironments[2].Create.Tags!["team"]);

        var training = desired.JobQueues[0];
        Assert.Equal(new StuckJobsPolicy(1800, StuckJobAction.Resubmit, "fallback"), training.StuckJobs);
        Assert.Equal(("research-fair", 10), (training.Create.SchedulingPolicyArn, training.Create.Priority!.Value));
        Assert.Equal([1, 2], training.Create.ComputeEnvironmentOrder!.Select(o => o.Order!.Value));
        Assert.Equal(1, desired.JobQueues[1].Create.ComputeEnvironmentOrder!.Single().Order);
        Assert.Equal(0, desired.Options.KeepJobDefinitionRevisions);
    }

    private sealed record UpdatePolicyExpectation(bool? Terminate, long? Minutes);

    [Fact]
    public void Diagnostics_ComeInInputOrder()
    {
        var yaml = """
            Name: t
            Defaults: { Subnets: [subnet-1], SecurityGroups: [sg-1], InstanceRole: "arn:aws:iam::1:role/r" }
            ComputeEnvironments:
              - { Id: a, Kind: ManagedEc2, MinvCpus: 9, MaxvCpus: 4 }
              - { Id: b, Kind: Fargate, AllocationStrategy: BEST_FIT }
            JobQueues: [{ Id: q, ComputeEnvironments: [a, b, zz], Priority: 5000 }]
            """;
        var result = Specs.Run(yaml);
        var errors = result.Errors.Select(d => d.Path.ToString()).ToList();
        Assert.Equal(["Defaults.InstanceRole", "ComputeEnvironments[0].MinvCpus", "ComputeEnvironments[1].AllocationStrategy",
            "JobQueues[0].ComputeEnvironments[1]", "JobQueues[0].ComputeEnvironments[2]", "JobQueues[0].Priority"], errors);
    }

    [Fact]
    public void InheritedProblem_IsReportedOnceAtDefaults()
    {
        var yaml = "Name: t\nDefaults: { Subnets: [subnet-1], InstanceRole: \"arn:aws:iam::1:role/r\" }\nComputeEnvironments: [{ Id: a, Kind: ManagedEc2 }, { Id: b, Kind: ManagedEc2 }]\nJobQueues: [{ Id: q, ComputeEnvironments: [a, b] }]";
        var result = Specs.Run(yaml);
        var d = Assert.Single(result.Errors);
        Assert.Equal(("Defaults.InstanceRole", DiagnosticCodes.CeInstanceRoleIsRole), (d.Path.ToString(), d.Code));
    }

    [Fact]
    public void ValidatedSpec_CarriesWarnings_AndIsAbsentWithErrors()
    {
        var warned = Specs.Run(Specs.WithComputeEnvironment("Kind: ManagedEc2, MinvCpus: 2"));
        Assert.NotNull(warned.Validated);
        Assert.Equal(warned.Warnings, warned.Validated!.Warnings);
        var failed = Specs.Run(Specs.WithComputeEnvironment("Kind: ManagedEc2, MinvCpus: 2000"));
        Assert.Null(failed.Validated);
        Assert.NotNull(failed.Desired);
    }

    [Fact]
    public void UnresolvedValues_SkipTheRulesThatNeedThem()
    {
        var yaml = "Name: t\nDefaults: { Subnets: !Ref Subnets, SecurityGroups: !Ref Groups, InstanceRole: !GetAtt Profile.Arn }\nComputeEnvironments: [{ Id: c, Kind: ManagedEc2, MaxvCpus: !Ref Max }]\nJobQueues: [{ Id: q, ComputeEnvironments: [c] }]";
        var result = Specs.Run(yaml);
        Specs.AssertNoErrors(result);
        Specs.AssertReports(result, "ComputeEnvironments[0].MaxvCpus", DiagnosticCodes.UnresolvedValue, Severity.Warning);
    }
}
