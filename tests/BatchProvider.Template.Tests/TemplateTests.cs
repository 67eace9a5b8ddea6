using System.Text.Json;
using BatchProvider.Testing.Specs;

namespace BatchProvider.Template.Tests;

/// <summary>template.yaml: cfn-lint clean, and after the SAM transform the wiring and least-privilege IAM it promises.</summary>
public sealed class TemplateTests
{
    private const string Role = "ProviderRole";

    [Fact]
    public async Task CfnLint_OnTheTemplate_ReportsNothing()
    {
        var run = await ToolRun.RunAsync("cfn-lint", ["template.yaml"]);

        Assert.True(run.Exit == 0, $"cfn-lint exit {run.Exit}:\n{run.Out}{run.Error}");
        Assert.Equal("", run.Out.Trim());
    }

    [Fact]
    public async Task Function_IsTheNativeBootstrapBuiltByTheMakefile()
    {
        var function = (await TransformedTemplate.ResourcesAsync()).GetProperty("ProviderFunction");
        var properties = function.GetProperty("Properties");

        Assert.Equal("AWS::Lambda::Function", function.GetProperty("Type").GetString());
        Assert.Equal("provided.al2023", properties.GetProperty("Runtime").GetString());
        Assert.Equal("bootstrap", properties.GetProperty("Handler").GetString());
        Assert.Equal(["x86_64"], properties.GetProperty("Architectures").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("makefile", function.GetProperty("Metadata").GetProperty("BuildMethod").GetString());
        var makefile = StackFiles.Read("Makefile");
        Assert.Contains("build-ProviderFunction:", makefile);
        Assert.Contains("scripts/publish lambda", makefile);
        Assert.Contains("cp artifacts/lambda/bootstrap \"$(ARTIFACTS_DIR)/bootstrap\"", makefile);
    }

    [Theory]
    [InlineData("CONTINUATION_QUEUE_URL", "ContinuationQueue")]
    [InlineData("REMEDIATION_QUEUE_URL", "RemediationQueue")]
    [InlineData("NOTIFICATION_QUEUE_URL", "NotificationQueue")]
    public async Task Function_Environment_NamesEachQueueByUrl(string variable, string queue)
    {
        var variables = (await TransformedTemplate.ResourcesAsync()).GetProperty("ProviderFunction").GetProperty("Properties")
            .GetProperty("Environment").GetProperty("Variables");

        Assert.Equal(queue, variables.GetProperty(variable).GetProperty("Ref").GetString());
    }

    [Theory]
    [InlineData("ProviderFunctionContinuation", "ContinuationQueue")]
    [InlineData("ProviderFunctionRemediation", "RemediationQueue")]
    public async Task EventSourceMapping_FromEachQueue_ReportsBatchItemFailures(string mappingId, string queue)
    {
        var mapping = (await TransformedTemplate.ResourcesAsync()).GetProperty(mappingId);
        var properties = mapping.GetProperty("Properties");

        Assert.Equal("AWS::Lambda::EventSourceMapping", mapping.GetProperty("Type").GetString());
        Assert.Equal(queue, properties.GetProperty("EventSourceArn").GetProperty("Fn::GetAtt")[0].GetString());
        Assert.Equal(["ReportBatchItemFailures"], properties.GetProperty("FunctionResponseTypes").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("ContinuationQueue", "ContinuationDeadLetterQueue")]
    [InlineData("RemediationQueue", "RemediationDeadLetterQueue")]
    [InlineData("NotificationQueue", "NotificationDeadLetterQueue")]
    public async Task Queue_IsEncryptedAndRedrivesToItsDeadLetterQueue(string queue, string deadLetterQueue)
    {
        var resources = await TransformedTemplate.ResourcesAsync();
        var properties = resources.GetProperty(queue).GetProperty("Properties");

        Assert.True(properties.GetProperty("SqsManagedSseEnabled").GetBoolean());
        Assert.True(resources.GetProperty(deadLetterQueue).GetProperty("Properties").GetProperty("SqsManagedSseEnabled").GetBoolean());
        var redrive = properties.GetProperty("RedrivePolicy");
        Assert.Equal(deadLetterQueue, redrive.GetProperty("deadLetterTargetArn").GetProperty("Fn::GetAtt")[0].GetString());
        Assert.InRange(redrive.GetProperty("maxReceiveCount").GetInt32(), 1, 10);
    }

    [Theory]
    [InlineData("JobQueueBlockedRule", "Batch Job Queue Blocked", null)]
    [InlineData("JobRunnableRule", "Batch Job State Change", "RUNNABLE")]
    public async Task BatchEventRule_SendsToTheRemediationQueue_WhichAdmitsOnlyThatRule(string ruleId, string detailType, string? status)
    {
        var resources = await TransformedTemplate.ResourcesAsync();
        var rule = resources.GetProperty(ruleId).GetProperty("Properties");
        var pattern = rule.GetProperty("EventPattern");

        Assert.Equal(["aws.batch"], pattern.GetProperty("source").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal([detailType], pattern.GetProperty("detail-type").EnumerateArray().Select(s => s.GetString()));
        var detail = pattern.GetProperty("detail");
        Assert.Equal(status, detail.TryGetProperty("status", out var statuses) ? statuses[0].GetString() : null);
        Assert.Contains("job-queue/${NamePrefix}", detail.GetProperty("jobQueue")[0].GetProperty("prefix").GetProperty("Fn::Sub").GetString());
        Assert.Equal("RemediationQueue", rule.GetProperty("Targets")[0].GetProperty("Arn").GetProperty("Fn::GetAtt")[0].GetString());

        var statement = resources.GetProperty("RemediationQueuePolicy").GetProperty("Properties").GetProperty("PolicyDocument")
            .GetProperty("Statement").EnumerateArray().Single();
        Assert.Equal("events.amazonaws.com", statement.GetProperty("Principal").GetProperty("Service").GetString());
        Assert.Equal("sqs:SendMessage", statement.GetProperty("Action").GetString());
        Assert.Contains(ruleId, statement.GetProperty("Condition").GetProperty("ArnEquals").GetProperty("aws:SourceArn").EnumerateArray()
            .Select(arn => arn.GetProperty("Fn::GetAtt")[0].GetString()));
    }

    [Fact]
    public async Task Sweep_IsAScheduleOnTheSweepScheduleParameter()
    {
        var sweep = (await TransformedTemplate.ResourcesAsync()).GetProperty("ProviderFunctionSweep").GetProperty("Properties");

        Assert.Equal("SweepSchedule", sweep.GetProperty("ScheduleExpression").GetProperty("Ref").GetString());
        Assert.Equal("ProviderFunction", sweep.GetProperty("Targets")[0].GetProperty("Arn").GetProperty("Fn::GetAtt")[0].GetString());
    }

    [Fact]
    public async Task EveryPolicy_NamesEachActionWithoutAWildcard()
    {
        var resources = await TransformedTemplate.ResourcesAsync();
        var documents = resources.EnumerateObject().SelectMany(r => r.Value.GetProperty("Type").GetString() switch
        {
            "AWS::IAM::Role" => r.Value.GetProperty("Properties").GetProperty("Policies").EnumerateArray().Select(p => p.GetProperty("PolicyDocument")),
            "AWS::SQS::QueuePolicy" => [r.Value.GetProperty("Properties").GetProperty("PolicyDocument")],
            _ => [],
        });
        var actions = documents.SelectMany(d => d.GetProperty("Statement").EnumerateArray())
            .SelectMany(s => TransformedTemplate.List(s, "Action")).Select(a => a.GetString()!).ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, action => Assert.DoesNotContain("*", action));
        // A SAM-added managed policy would bring actions this test cannot see; the role is the template's own.
        Assert.False(resources.GetProperty(Role).GetProperty("Properties").TryGetProperty("ManagedPolicyArns", out _));
    }

    [Fact]
    public async Task ResourceStar_IsOnlyForTheBatchReadsThatHaveNoResourceLevelPermissions()
    {
        string[] withoutResourceLevel =
        [
            "batch:DescribeComputeEnvironments", "batch:DescribeJobQueues", "batch:DescribeJobDefinitions",
            "batch:DescribeSchedulingPolicies", "batch:ListSchedulingPolicies", "batch:DescribeJobs", "batch:ListJobs",
        ];
        var star = (await TransformedTemplate.StatementsAsync(Role))
            .Where(s => TransformedTemplate.List(s, "Resource").Any(r => r.ValueKind == JsonValueKind.String && r.GetString() == "*"));

        Assert.All(star.SelectMany(s => TransformedTemplate.List(s, "Action")), a => Assert.Contains(a.GetString(), withoutResourceLevel));
    }

    [Theory]
    [InlineData("batch:CreateComputeEnvironment", "compute-environment/${NamePrefix}*", "aws:RequestTag/batchprovider:stack")]
    [InlineData("batch:CreateSchedulingPolicy", "scheduling-policy/${NamePrefix}*", "aws:RequestTag/batchprovider:stack")]
    [InlineData("batch:RegisterJobDefinition", "job-definition/${NamePrefix}*", "aws:RequestTag/batchprovider:stack")]
    [InlineData("batch:CreateJobQueue", "job-queue/${NamePrefix}*", "aws:RequestTag/batchprovider:stack")]
    [InlineData("batch:UpdateJobQueue", "job-queue/${NamePrefix}*", null)]
    [InlineData("batch:UpdateComputeEnvironment", "compute-environment/${NamePrefix}*", "aws:ResourceTag/batchprovider:stack")]
    [InlineData("batch:DeleteComputeEnvironment", "compute-environment/${NamePrefix}*", "aws:ResourceTag/batchprovider:stack")]
    [InlineData("batch:DeleteJobQueue", "job-queue/${NamePrefix}*", "aws:ResourceTag/batchprovider:stack")]
    [InlineData("batch:UpdateSchedulingPolicy", "scheduling-policy/${NamePrefix}*", "aws:ResourceTag/batchprovider:stack")]
    [InlineData("batch:DeleteSchedulingPolicy", "scheduling-policy/${NamePrefix}*", "aws:ResourceTag/batchprovider:stack")]
    [InlineData("batch:DeregisterJobDefinition", "job-definition/${NamePrefix}*", "aws:ResourceTag/batchprovider:stack")]
    [InlineData("batch:SubmitJob", "job-queue/${NamePrefix}*", null)]
    public async Task BatchWrite_IsConfinedToTheNamePrefixAndTheOwnershipTag(string action, string ownResource, string? tagCondition)
    {
        var statement = (await TransformedTemplate.StatementsAsync(Role))
            .Single(s => TransformedTemplate.List(s, "Action").Any(a => a.GetString() == action));
        var resources = TransformedTemplate.List(statement, "Resource").Select(r => r.GetProperty("Fn::Sub").GetString()!).ToList();

        Assert.Contains(resources, r => r.EndsWith(":" + ownResource, StringComparison.Ordinal));
        Assert.DoesNotContain(resources, r => r.EndsWith(":" + ownResource.Split('/')[0] + "/*", StringComparison.Ordinal));
        if (tagCondition is null)
            Assert.False(statement.TryGetProperty("Condition", out _));
        else
            Assert.Equal("false", statement.GetProperty("Condition").GetProperty("Null").GetProperty(tagCondition).GetString());
    }

    [Fact]
    public async Task PassRole_IsLimitedToTheNamedRolesAndPassedOnlyToBatchServices()
    {
        var statement = (await TransformedTemplate.StatementsAsync(Role))
            .Single(s => TransformedTemplate.List(s, "Action").Any(a => a.GetString() == "iam:PassRole"));

        Assert.Equal("PassableRoleArns", statement.GetProperty("Resource").GetProperty("Ref").GetString());
        Assert.Equal(
            ["batch.amazonaws.com", "ec2.amazonaws.com", "ecs-tasks.amazonaws.com", "spotfleet.amazonaws.com"],
            statement.GetProperty("Condition").GetProperty("StringEquals").GetProperty("iam:PassedToService").EnumerateArray()
                .Select(s => s.GetString()).Order());
    }

    [Fact]
    public async Task Output_ExportsTheServiceTokenNameTheExamplesImport()
    {
        var output = (await TransformedTemplate.OutputsAsync()).GetProperty("ServiceToken");

        Assert.Equal("BatchProviderServiceToken", output.GetProperty("Export").GetProperty("Name").GetString());
        Assert.Equal("ProviderFunction", output.GetProperty("Value").GetProperty("Fn::GetAtt")[0].GetString());
        Assert.Contains("ServiceToken: !ImportValue BatchProviderServiceToken", StackFiles.Read("examples/research-platform.yaml"));
    }
}
