using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Tests.TestSupport;

namespace BatchProvider.Domain.Tests.Validation.Stack;

public class StackRulesTests
{
    private const string Ce = "ComputeEnvironments: [{ Id: c, Kind: Fargate }]\nJobQueues: [{ Id: q, ComputeEnvironments: [c] }]";

    [Theory]
    [InlineData(Specs.Defaults + "\n" + Ce, "Name", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Name: -research\n" + Specs.Defaults + "\n" + Ce, "Name", DiagnosticCodes.StackName)]
    [InlineData("Name: research lab\n" + Specs.Defaults + "\n" + Ce, "Name", DiagnosticCodes.StackName)]
    [InlineData("Name: [a]\n" + Specs.Defaults + "\n" + Ce, "Name", DiagnosticCodes.WrongType)]
    [InlineData("Name: t\n" + Specs.Defaults + "\nComputeEnvironments: [{ Kind: Fargate }]", "ComputeEnvironments[0].Id", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Name: t\n" + Specs.Defaults + "\nComputeEnvironments: [{ Id: 'a b', Kind: Fargate }]", "ComputeEnvironments[0].Id", DiagnosticCodes.IdFormat)]
    [InlineData("Name: t\n" + Specs.Defaults + "\nComputeEnvironments: [{ Id: spot-g2, Kind: Fargate }]", "ComputeEnvironments[0].Id", DiagnosticCodes.IdGenerationSuffix)]
    [InlineData("Name: t\n" + Specs.Defaults + "\nComputeEnvironments: [{ Id: c, Kind: Fargate }, { Id: c, Kind: Fargate }]", "ComputeEnvironments[1].Id", DiagnosticCodes.DuplicateId)]
    [InlineData("Name: t\n" + Specs.Defaults + "\n" + Ce + "\nSchedulingPolicies: [{ Id: 'p.1' }]", "SchedulingPolicies[0].Id", DiagnosticCodes.IdFormat)]
    [InlineData("Name: t\n" + Specs.Defaults + "\n" + "ComputeEnvironments: [{ Id: c, Kind: Fargate }]\nJobQueues: [{ Id: q, ComputeEnvironments: [c] }, { Id: q, ComputeEnvironments: [c] }]", "JobQueues[1].Id", DiagnosticCodes.DuplicateId)]
    [InlineData("Name: t\n" + Specs.Defaults + "\n" + Ce + "\nJobDefinitions: [{ Id: train@v2, Kind: Container }]", "JobDefinitions[0].Id", DiagnosticCodes.IdFormat)]
    [InlineData("Name: t\n" + Specs.Defaults + "\n" + Ce + "\nJobDefinitions: [{ Kind: Container }]", "JobDefinitions[0].Id", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Name: t\n" + Specs.Defaults + "\n" + Ce + "\nJobDefinitions: [{ Id: a, Kind: Container }, { Id: a, Kind: Container }]", "JobDefinitions[1].Id", DiagnosticCodes.DuplicateId)]
    [InlineData("Name: t\n" + Specs.Defaults + "\n" + Ce + "\nJobDefinitions: [{ Id: [x], Kind: Container }]", "JobDefinitions[0].Id", DiagnosticCodes.WrongType)]
    [InlineData("Name: t\n" + Specs.Defaults + "\n" + Ce + "\nTags: { \"aws:cloudformation:stack-name\": x }", "Tags.aws:cloudformation:stack-name", DiagnosticCodes.TagReservedPrefix)]
    [InlineData("Name: t\n" + Specs.Defaults + "\n" + Ce + "\nKeepJobDefinitionRevisions: -1", "KeepJobDefinitionRevisions", DiagnosticCodes.OutOfRange)]
    [InlineData("Name: t\n" + Specs.Defaults + "\n" + Ce + "\nJobQeues: []", "JobQeues", DiagnosticCodes.UnknownProperty)]
    [InlineData("Name: t\nDefaults: { Subnets: [subnet-1], SecurityGroups: [sg-1], InstanceRoel: x }\n" + Ce, "Defaults.InstanceRoel", DiagnosticCodes.UnknownProperty)]
    [InlineData("Name: t\nDefaults: { Subnets: [subnet-1], SecurityGroups: [sg-1], Kind: Fargate }\n" + Ce, "Defaults.Kind", DiagnosticCodes.UnknownProperty)]
    [InlineData("Name: t\nDefaults: { Subnets: [subnet-1], SecurityGroups: [sg-1], ServiceRole: AWSServiceRoleForBatch }\n" + Ce, "Defaults.ServiceRole", DiagnosticCodes.CeServiceRoleShortName)]
    [InlineData("Name: t\nComputeEnvironments: [{ Id: c, Kind: Fargate, SecurityGroups: [sg-1] }]\nJobQueues: [{ Id: q, ComputeEnvironments: [c] }]", "ComputeEnvironments[0].Subnets", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Name: t\nComputeEnvironments: [{ Id: c, Kind: Fargate, Subnets: [subnet-1] }]\nJobQueues: [{ Id: q, ComputeEnvironments: [c] }]", "ComputeEnvironments[0].SecurityGroups", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Name: t\nComputeEnvironments: [{ Id: c, Kind: ManagedEc2, Subnets: [subnet-1] }]\nJobQueues: [{ Id: q, ComputeEnvironments: [c] }]", "ComputeEnvironments[0].InstanceRole", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Name: t\nComputeEnvironments: [c]", "ComputeEnvironments[0]", DiagnosticCodes.WrongType)]
    [InlineData("Name: t\nComputeEnvironments: {}", "ComputeEnvironments.Id", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Name: t\nComputeEnvironments: 3", "ComputeEnvironments", DiagnosticCodes.WrongType)]
    public void Rule_WhenViolated_ReportsCodeAtPath(string yaml, string path, string code)
    {
        var result = Specs.Run(yaml);
        Specs.AssertReports(result, path, code);
        Assert.Null(result.Validated);
    }

    [Fact]
    public void Name_WhenTooLongForAnyId_ReportsTheLength()
    {
        var result = Specs.Run($"Name: {new string('n', 121)}\n{Specs.Defaults}");
        Specs.AssertReports(result, "Name", DiagnosticCodes.NameTooLong);
    }

    [Fact]
    public void Id_WhenNameAndIdAreTooLong_ReportsTheLength()
    {
        var result = Specs.Run($"Name: {new string('n', 100)}\n{Specs.Defaults}\nComputeEnvironments: [{{ Id: {new string('c', 30)}, Kind: Fargate }}]");
        Specs.AssertReports(result, "ComputeEnvironments[0].Id", DiagnosticCodes.NameTooLong);
    }

    [Fact]
    public void JobDefinitionId_WithAt_NamesThePropertyPath()
    {
        var result = Specs.Run("Name: t\n" + Specs.Defaults + "\n" + Ce + "\nJobDefinitions: [{ Id: train, Kind: Container }, { Id: 'etl@2', Kind: Container }]");
        var d = Specs.AssertReports(result, "JobDefinitions[1].Id", DiagnosticCodes.IdFormat);
        Assert.Equal("error BS0502 JobDefinitions[1].Id: Id is \"etl@2\"; use only letters, digits, '-' and '_', e.g. \"etl-2\".", d.ToString());
    }

    [Theory]
    [InlineData("ComputeEnvironments", 51)]
    [InlineData("JobQueues", 51)]
    public void Family_WhenOverTheRegionQuota_Warns(string family, int count)
    {
        var ces = string.Join(", ", Enumerable.Range(0, count).Select(i => $"{{ Id: c{i}, Kind: Fargate }}"));
        var queues = string.Join(", ", Enumerable.Range(0, family == "JobQueues" ? count : 1).Select(i => $"{{ Id: q{i}, ComputeEnvironments: [c0] }}"));
        var result = Specs.Run($"Name: t\n{Specs.Defaults}\nComputeEnvironments: [{ces}]\nJobQueues: [{queues}]");
        Specs.AssertReports(result, family, DiagnosticCodes.RegionQuota, Severity.Warning);
    }

    [Fact]
    public void Tags_WhenMoreThan50AfterMerging_ReportsTheCount()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 48).Select(i => $"k{i}: v"));
        var result = Specs.Run($"Name: t\n{Specs.Defaults}\nTags: {{ {tags} }}\nComputeEnvironments: [{{ Id: c, Kind: Fargate }}]\nJobQueues: [{{ Id: q, ComputeEnvironments: [c] }}]");
        Specs.AssertReports(result, "ComputeEnvironments[0].Tags", DiagnosticCodes.TagCount);
        Specs.AssertReports(result, "JobQueues[0].Tags", DiagnosticCodes.TagCount);
    }

    [Fact]
    public void Tags_WhenKeyOrValueTooLong_ReportsTheLength()
    {
        var result = Specs.Run($"Name: t\n{Specs.Defaults}\nTags: {{ {new string('k', 129)}: v, ok: {new string('v', 257)} }}\nComputeEnvironments: [{{ Id: c, Kind: Fargate }}]\nJobQueues: [{{ Id: q, ComputeEnvironments: [c] }}]");
        Specs.AssertReports(result, $"Tags.{new string('k', 129)}", DiagnosticCodes.TagLength);
        Specs.AssertReports(result, "Tags.ok", DiagnosticCodes.TagLength);
    }

    [Fact]
    public void ComputeEnvironment_WhenNoQueueUsesIt_Warns()
    {
        var result = Specs.Run($"Name: t\n{Specs.Defaults}\nComputeEnvironments: [{{ Id: c, Kind: Fargate }}, {{ Id: idle, Kind: Fargate }}]\nJobQueues: [{{ Id: q, ComputeEnvironments: [c] }}]");
        Specs.AssertReports(result, "ComputeEnvironments[1].Id", DiagnosticCodes.CeUnused, Severity.Warning);
        Specs.AssertNoErrors(result);
    }

    [Fact]
    public void Properties_WhenNotAnObject_ReportAndYieldNoSpec()
    {
        var result = BatchProvider.Domain.Validation.SpecPipeline.Run(new BatchProvider.Domain.Input.ListNode(PropertyPath.Root, []), Specs.Now);
        Assert.Null(result.Spec);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.WrongType);
    }
}
