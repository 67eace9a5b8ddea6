using System.Text.Json;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Remediation;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Sqs;
using BatchProvider.Testing.Moto;

namespace BatchProvider.Cli.Tests.Commands;

// moto differs from AWS in two ways met here: it has no GetJobQueueSnapshot (the sweep decides without the head of the
// queue), and a cancelled held job keeps RUNNABLE with the reason as its statusReason (on AWS it becomes FAILED). So a
// cancel shows in the statusReason, not in the status.
/// <summary><c>remediate</c> end to end: stacks deployed with the CLI, jobs held RUNNABLE with moto's state manager.</summary>
public sealed class RemediateCommandTests : MotoTargetTest, IDisposable
{
    private readonly CliRunner _files = new();

    protected override bool HoldJobs => true;

    public void Dispose() => _files.Dispose();

    [MotoFact]
    public async Task Remediate_DryRun_PrintsTheDiagnosisAndChangesNothing()
    {
        var lab = await DeployAsync(Stack("lab"));
        var job = Assert.Single(await HoldRunnableAsync(("stuck-cancel", "lab-cancel")));

        var (exit, output, _) = await CliRunner.Run(["remediate", lab, "--dry-run", .. Target]);

        Assert.Equal(0, exit);
        var row = RowOf(output, "stuck-cancel");
        Assert.Contains("lab-cancel", row);
        Assert.Contains("WAITING_FOR_CAPACITY", row);
        Assert.Contains("would cancel", row);
        Assert.Contains("Dry run: nothing was changed.", output);
        var after = await DescribeAsync(job);
        Assert.Equal(("RUNNABLE", null), (after.Status, after.StatusReason));
    }

    [MotoFact]
    public async Task Remediate_CancelsTheStacksStuckJobs_PrintsNotifyOnly_AndLeavesOtherStacksAlone()
    {
        var lab = await DeployAsync(Stack("lab"));
        await DeployAsync(Stack("other"));
        var jobs = await HoldRunnableAsync(("stuck-cancel", "lab-cancel"), ("stuck-notify", "lab-notify"), ("elsewhere", "other-cancel"));

        var (exit, output, error) = await CliRunner.Run(["remediate", lab, .. Target]);

        Assert.Equal(0, exit);
        Assert.Contains("cancelled", RowOf(output, "stuck-cancel"));
        Assert.Contains("notify: printed only (no --notify-queue-url)", RowOf(output, "stuck-notify"));
        Assert.Contains("Notify decisions were printed only: give --notify-queue-url to send them.", output);
        Assert.Contains("Swept stack lab: 2 job(s) RUNNABLE past StuckJobs.After; 1 cancelled, 1 would notify.", output);
        Assert.DoesNotContain("elsewhere", output);
        Assert.StartsWith(StuckJobDecision.ReasonPrefix, (await DescribeAsync(jobs[0])).StatusReason);
        var notified = await DescribeAsync(jobs[1]);
        Assert.Null(notified.StatusReason);
        Assert.False(notified.Tags?.ContainsKey(ResubmitRequest.NotifiedTag) ?? false);
        // The other stack's queue has a Cancel policy of its own; a sweep of lab never reads its jobs.
        Assert.Null((await DescribeAsync(jobs[2])).StatusReason);
        Assert.Contains("\"event\":\"remediation.decision\"", error);
    }

    [MotoFact]
    public async Task Remediate_WithANotifyQueue_SendsTheDecisionThereAndTagsTheJob()
    {
        var lab = await DeployAsync(Stack("lab"));
        var job = Assert.Single(await HoldRunnableAsync(("stuck-notify", "lab-notify")));
        var sqs = Moto.ClientOptions(AwsService.Sqs);
        var url = await MotoSqsQueues.CreateAsync(sqs, "notify");

        var (exit, output, _) = await CliRunner.Run(["remediate", lab, "--notify-queue-url", url, .. Target]);

        Assert.Equal(0, exit);
        Assert.Contains("notified", RowOf(output, "stuck-notify"));
        var received = await SqsSdkClient.For(sqs).ReceiveMessageAsync(new() { QueueUrl = url, MaxNumberOfMessages = 10 });
        using var body = JsonDocument.Parse(Assert.Single(received.Messages!).Body!);
        Assert.Equal((job, "WAITING_FOR_CAPACITY"), (body.RootElement.GetProperty("jobId").GetString(), body.RootElement.GetProperty("cause").GetString()));
        var after = await DescribeAsync(job);
        Assert.Equal(("RUNNABLE", "WAITING_FOR_CAPACITY"), (after.Status, after.Tags![ResubmitRequest.NotifiedTag]));
    }

    [MotoFact]
    public async Task Remediate_Twice_ReportsTheCancelledJobAsAlreadyRemediated()
    {
        var lab = await DeployAsync(Stack("lab"));
        await HoldRunnableAsync(("stuck-cancel", "lab-cancel"));

        await CliRunner.Run(["remediate", lab, .. Target]);
        var (exit, output, _) = await CliRunner.Run(["remediate", lab, .. Target]);

        Assert.Equal(0, exit);
        Assert.Contains("already remediated by BatchProvider", RowOf(output, "stuck-cancel"));
    }

    [Theory]
    [InlineData("--notify-queue-url", "not a url")]
    [InlineData("--dry-run", "--aws", "--endpoint", "http://127.0.0.1:1")]
    public async Task Remediate_WithUnusableOptions_ExitsWithAUsageError(params string[] options)
    {
        var file = _files.File(Stack("lab"));

        var (exit, _, error) = await CliRunner.Run(["remediate", file, .. options, .. Target[2..]]);

        Assert.Equal(2, exit);
        Assert.StartsWith(options[0] == "--notify-queue-url" ? "--notify-queue-url not a url is not an absolute URL" : "error: --aws and --endpoint exclude each other", error);
    }

    [Fact]
    public async Task Remediate_Help_DocumentsTheExitCodes()
    {
        var (exit, output, _) = await CliRunner.Run("remediate", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Exit codes: 0 swept (also when actions were taken), 1 invalid spec, Batch unreachable or an action failed, 2 usage error or unreadable FILE.", output.ReplaceLineEndings(" ").Replace("  ", " "));
    }

    // One stack: an EC2 compute environment whose instance types hold the job, two queues with a StuckJobs policy of 1s
    // (a held job has been RUNNABLE longer than that by the time it is there), and the job definition.
    private static string Stack(string name) => $$"""
        Parameters:
          Subnets: { Type: "List<AWS::EC2::Subnet::Id>" }
          SecurityGroups: { Type: "List<AWS::EC2::SecurityGroup::Id>" }
          InstanceProfileArn: { Type: String }
        Resources:
          Stack:
            Type: Custom::BatchStack
            Properties:
              ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:batchprovider
              Name: {{name}}
              Defaults:
                Subnets: !Ref Subnets
                SecurityGroups: !Ref SecurityGroups
                InstanceRole: !Ref InstanceProfileArn
              ComputeEnvironments:
                - Id: ce
                  Kind: ManagedEc2
                  InstanceTypes: [m6i.large]
                  UseOptimalInstanceClasses: false
                  MaxvCpus: 16
              JobQueues:
                - Id: cancel
                  ComputeEnvironments: [ce]
                  StuckJobs: { After: 1s, Action: Cancel }
                - Id: notify
                  Priority: 2
                  ComputeEnvironments: [ce]
                  StuckJobs: { After: 1s, Action: Notify }
              JobDefinitions:
                - Id: work
                  Kind: Container
                  Platform: EC2
                  Image: public.ecr.aws/amazonlinux/amazonlinux:2023
                  Command: [echo, hello]
                  Vcpus: 1
                  Memory: 1 GiB
        """;

    private async Task<string> DeployAsync(string template)
    {
        var file = _files.File(template, $"{Guid.NewGuid():N}.yaml");
        var (exit, output, error) = await CliRunner.Run(["deploy", file, .. Target]);
        Assert.True(exit == 0, output + error);
        return file;
    }

    private BatchClient Batch() => new(Moto.ClientOptions(AwsService.Batch));

    // Jobs named by (name, queue), submitted with the queue's stack's job definition.
    private Task<IReadOnlyList<string>> HoldRunnableAsync(params (string Name, string Queue)[] jobs) =>
        new MotoJobHold(Moto.Endpoint, TimeProvider.System).SubmitRunnableAsync(Batch(), jobs.Select(j => new SubmitJobRequest
        {
            JobName = j.Name, JobQueue = j.Queue, JobDefinition = $"{j.Queue.Split('-')[0]}-work",
        }));

    private async Task<JobDetail> DescribeAsync(string jobId) => Assert.Single((await Batch().DescribeJobsAsync(new() { Jobs = [jobId] })).Jobs!);

    // The table row that names the job (its first line; the id, queue and diagnosis start on the same line).
    private static string RowOf(string output, string jobName) =>
        output.Split('\n').SingleOrDefault(l => l.Contains($" {jobName} ", StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no row for {jobName} in:\n{output}");
}
