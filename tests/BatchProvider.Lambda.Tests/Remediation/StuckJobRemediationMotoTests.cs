using System.Text.Json;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;
using BatchProvider.Lambda.Remediation;
using BatchProvider.Lambda.Tests.Aws.Fakes;
using BatchProvider.Lambda.Tests.Moto;
using BatchProvider.Testing.Moto;

namespace BatchProvider.Lambda.Tests.Remediation;

// moto differs from AWS in three ways these tests name where they meet them: it has no GetJobQueueSnapshot (the
// remediation then decides without head-of-queue data), a cancelled or terminated held job keeps RUNNABLE with the
// reason as its statusReason (on AWS it becomes FAILED), and it writes no blocked-queue statusReason.
[Collection(MotoCollection.Name)]
public sealed class StuckJobRemediationMotoTests(MotoServer moto)
{
    private static readonly TimeSpan Later = TimeSpan.FromHours(2);
    private const string NotificationQueue = "https://sqs.us-east-1.amazonaws.com/123456789012/notify";
    private const string RemediationQueue = "https://sqs.us-east-1.amazonaws.com/123456789012/remediation";
    private readonly RecordingSqs _sqs = new();
    private readonly RecordingLogSink _log = new();
    private readonly RecordingMetrics _metrics = new();

    private StuckJobRemediation Remediation(RemediationMotoStack stack, TimeProvider? time = null) => StuckJobRemediation.Create(
        stack.Batch, _sqs, new RemediationSettings(RemediationQueue, NotificationQueue, 4), _log, time ?? new AheadOfTime(Later), _metrics);

    private static DateTimeOffset NoDeadline => DateTimeOffset.MaxValue;

    [MotoTheory]
    [InlineData(StuckJobAction.Cancel)]
    [InlineData(StuckJobAction.Terminate)]
    public async Task Sweep_CancelOrTerminate_StopsTheJobWithTheDiagnosisAsReason(StuckJobAction action)
    {
        var stack = await RemediationMotoStack.CreateAsync(moto);
        var queue = await stack.OwnedQueueAsync("q", new StuckJobsPolicy(600, action, null));
        var job = Assert.Single(await stack.RunnableJobsAsync([(queue, 1)]));

        var outcome = Assert.Single(await Remediation(stack).RunSweepAsync(SweepOptions.Default, NoDeadline, CancellationToken.None));

        Assert.Equal((StuckVerdict.Stuck, StuckCause.WaitingForCapacity, action, ActionStatus.Done),
            (outcome.Decision.Verdict, outcome.Decision.Cause!.Value, outcome.Decision.Action!.Value, outcome.Status));
        var after = await stack.DescribeAsync(job);
        // moto: the job stays RUNNABLE with the reason; AWS makes it FAILED with the same statusReason.
        Assert.StartsWith(StuckJobDecision.ReasonPrefix + " RUNNABLE for 72", after.StatusReason);
        Assert.Contains("cause WAITING_FOR_CAPACITY", after.StatusReason);
        var logged = Assert.Single(_log.Named("remediation.decision"));
        Assert.Equal((job, "Stuck", action.ToString(), "Done"), (logged["jobId"], logged["verdict"], logged["action"], logged["status"]));
        var metric = Assert.Single(_metrics.Points);
        Assert.Equal(["rs-q", "Stuck", "WAITING_FOR_CAPACITY", action.ToString(), "Done"], metric.Dimensions.Select(d => d.Value));
        // The snapshot is missing on moto; the sweep says so once and carries on.
        Assert.Single(_log.Named("remediation.snapshot_unavailable"));
    }

    [MotoFact]
    public async Task Sweep_Twice_ActsOnce()
    {
        var stack = await RemediationMotoStack.CreateAsync(moto);
        var queue = await stack.OwnedQueueAsync("q", new StuckJobsPolicy(600, StuckJobAction.Cancel, null));
        await stack.RunnableJobsAsync([(queue, 2)]);
        var remediation = Remediation(stack);

        await remediation.RunSweepAsync(SweepOptions.Default, NoDeadline, CancellationToken.None);
        var second = await remediation.RunSweepAsync(SweepOptions.Default, NoDeadline, CancellationToken.None);

        Assert.All(second, o => Assert.Equal((StuckVerdict.AlreadyRemediated, ActionStatus.None), (o.Decision.Verdict, o.Status)));
    }

    [MotoFact]
    public async Task Sweep_Notify_SendsTheDecisionOnce_AndLeavesTheJobRunnable()
    {
        var stack = await RemediationMotoStack.CreateAsync(moto);
        var queue = await stack.OwnedQueueAsync("q", new StuckJobsPolicy(600, StuckJobAction.Notify, null));
        var job = Assert.Single(await stack.RunnableJobsAsync([(queue, 1)]));
        var remediation = Remediation(stack);

        await remediation.RunSweepAsync(SweepOptions.Default, NoDeadline, CancellationToken.None);
        var again = Assert.Single(await remediation.RunSweepAsync(SweepOptions.Default, NoDeadline, CancellationToken.None));

        var sent = Assert.Single(_sqs.Sent);
        Assert.Equal(NotificationQueue, sent.QueueUrl);
        using var body = JsonDocument.Parse(sent.MessageBody);
        Assert.Equal((job, queue, "WAITING_FOR_CAPACITY"), (body.RootElement.GetProperty("jobId").GetString(), body.RootElement.GetProperty("jobQueue").GetString(), body.RootElement.GetProperty("cause").GetString()));
        var after = await stack.DescribeAsync(job);
        Assert.Equal(("RUNNABLE", "WAITING_FOR_CAPACITY"), (after.Status, after.Tags![ResubmitRequest.NotifiedTag]));
        Assert.Equal(StuckVerdict.AlreadyRemediated, again.Decision.Verdict);
    }

    [MotoTheory]
    [InlineData(false, ActionStatus.Failed, "the Notify action needs NOTIFICATION_QUEUE_URL")]
    [InlineData(true, ActionStatus.DryRun, SweepOptions.NotifyNotSent)]
    public async Task Sweep_NotifyWithoutANotificationQueue_FailsUnlessTheSweepReportsIt(bool report, ActionStatus status, string detail)
    {
        var stack = await RemediationMotoStack.CreateAsync(moto);
        var queue = await stack.OwnedQueueAsync("q", new StuckJobsPolicy(600, StuckJobAction.Notify, null));
        var job = Assert.Single(await stack.RunnableJobsAsync([(queue, 1)]));
        var remediation = StuckJobRemediation.Create(stack.Batch, _sqs, new RemediationSettings(RemediationQueue, null, 4), _log, new AheadOfTime(Later), _metrics);

        var outcome = Assert.Single(await remediation.RunSweepAsync(new SweepOptions { ReportNotifyWithoutQueue = report }, NoDeadline, CancellationToken.None));

        Assert.Equal((status, detail), (outcome.Status, outcome.Detail));
        Assert.Empty(_sqs.Sent);
        Assert.False((await stack.DescribeAsync(job)).Tags?.ContainsKey(ResubmitRequest.NotifiedTag) ?? false);
    }

    [MotoFact]
    public async Task Sweep_Resubmit_SubmitsTheSameJobToTheTarget_ThenCancelsTheOriginal()
    {
        var stack = await RemediationMotoStack.CreateAsync(moto);
        var target = await stack.OwnedQueueAsync("overflow", null);
        var queue = await stack.OwnedQueueAsync("q", new StuckJobsPolicy(600, StuckJobAction.Resubmit, "overflow"));
        var job = Assert.Single(await stack.RunnableJobsAsync([(queue, 1)]));
        var original = await stack.DescribeAsync(job);

        var outcome = Assert.Single(await Remediation(stack).RunSweepAsync(SweepOptions.Default, NoDeadline, CancellationToken.None));

        Assert.Equal(ActionStatus.Done, outcome.Status);
        var copy = await stack.DescribeAsync(outcome.Detail!);
        Assert.Equal((target, original.JobName, original.JobDefinition, job), (copy.JobQueue, copy.JobName, copy.JobDefinition, copy.Tags![ResubmitRequest.MarkerTag]));
        Assert.Equal(original.Parameters, copy.Parameters);
        Assert.Equal(original.Container!.Command, copy.Container!.Command);
        Assert.Equal("t", copy.Tags["team"]);
        Assert.EndsWith($"resubmitted as {copy.JobId}", (await stack.DescribeAsync(job)).StatusReason);
    }

    [MotoFact]
    public async Task Sweep_Resubmit_AfterACrashBetweenSubmitAndCancel_FindsTheCopyInsteadOfSubmittingAgain()
    {
        var stack = await RemediationMotoStack.CreateAsync(moto);
        var target = await stack.OwnedQueueAsync("overflow", null);
        var queue = await stack.OwnedQueueAsync("q", new StuckJobsPolicy(600, StuckJobAction.Resubmit, "overflow"));
        var job = Assert.Single(await stack.RunnableJobsAsync([(queue, 1)]));
        // What the crashed attempt left behind: the copy, with its marker, and an original not yet cancelled.
        var crashed = await stack.Batch.SubmitJobAsync(ResubmitRequest.For(await stack.DescribeAsync(job), target));

        var outcome = Assert.Single(await Remediation(stack).RunSweepAsync(SweepOptions.Default, NoDeadline, CancellationToken.None));

        Assert.Equal(crashed.JobId, outcome.Detail);
        var inTarget = await stack.Batch.ListJobsAsync(new() { JobQueue = target, Filters = [new KeyValuesPair { Name = "JOB_NAME", Values = ["job-0"] }] }).ToListAsync();
        Assert.Equal(crashed.JobId, Assert.Single(inTarget).JobId);
    }

    [MotoFact]
    public async Task Sweep_ForeignAndPolicylessQueues_AreNotTouched()
    {
        var stack = await RemediationMotoStack.CreateAsync(moto);
        var foreign = await stack.ForeignQueueAsync("someone-elses");
        var policyless = await stack.OwnedQueueAsync("plain", null);
        var owned = await stack.OwnedQueueAsync("q", new StuckJobsPolicy(600, StuckJobAction.Cancel, null));
        var jobs = await stack.RunnableJobsAsync([(foreign, 1), (policyless, 1), (owned, 1)]);

        var outcomes = await Remediation(stack).RunSweepAsync(SweepOptions.Default, NoDeadline, CancellationToken.None);

        Assert.Equal(jobs[2], Assert.Single(outcomes).Decision.JobId);
        Assert.Null((await stack.DescribeAsync(jobs[0])).StatusReason);
        Assert.Null((await stack.DescribeAsync(jobs[1])).StatusReason);
    }

    [MotoFact]
    public async Task Sweep_DryRun_DecidesButChangesNothing()
    {
        var stack = await RemediationMotoStack.CreateAsync(moto);
        var queue = await stack.OwnedQueueAsync("q", new StuckJobsPolicy(600, StuckJobAction.Cancel, null));
        var job = Assert.Single(await stack.RunnableJobsAsync([(queue, 1)]));

        var outcome = Assert.Single(await Remediation(stack).RunSweepAsync(new SweepOptions { DryRun = true }, NoDeadline, CancellationToken.None));

        Assert.Equal((StuckVerdict.Stuck, ActionStatus.DryRun), (outcome.Decision.Verdict, outcome.Status));
        Assert.Null((await stack.DescribeAsync(job)).StatusReason);
    }

    [MotoFact]
    public async Task Message_WhenTheThresholdIsBeyondSqsDelays_RedelaysInFifteenMinuteHops()
    {
        var stack = await RemediationMotoStack.CreateAsync(moto);
        var queue = await stack.OwnedQueueAsync("q", new StuckJobsPolicy(3600, StuckJobAction.Cancel, null));
        var job = Assert.Single(await stack.RunnableJobsAsync([(queue, 1)]));
        var now = DateTimeOffset.UtcNow;
        var remediation = Remediation(stack, TimeProvider.System);

        await remediation.HandleMessageAsync(StateChange(job, queue, "RUNNABLE", now), NoDeadline, CancellationToken.None);

        var recheck = Assert.Single(_sqs.Sent);
        Assert.Equal((RemediationQueue, StuckJobRemediation.MaxDelaySeconds), (recheck.QueueUrl, recheck.DelaySeconds));
        var trigger = RemediationTrigger.Parse(recheck.MessageBody, out _)!;
        Assert.Equal((job, queue, now.ToUnixTimeMilliseconds()), (trigger.JobId, trigger.JobQueue, trigger.RunnableSince!.Value.ToUnixTimeMilliseconds()));
        Assert.Null((await stack.DescribeAsync(job)).StatusReason);

        // The last hop: 50 minutes on, 10 remain, so the delay is exactly what is left.
        await Remediation(stack, new AheadOfTime(TimeSpan.FromMinutes(50))).HandleMessageAsync(recheck.MessageBody, NoDeadline, CancellationToken.None);
        Assert.InRange(_sqs.Sent[^1].DelaySeconds!.Value, 590, 601);
    }

    [MotoFact]
    public async Task Message_DuplicatesAndOutOfOrderEvents_ActOnceAndOnlyOnRunnableJobs()
    {
        var stack = await RemediationMotoStack.CreateAsync(moto);
        var target = await stack.OwnedQueueAsync("overflow", null);
        var queue = await stack.OwnedQueueAsync("q", new StuckJobsPolicy(600, StuckJobAction.Resubmit, "overflow"));
        var job = Assert.Single(await stack.RunnableJobsAsync([(queue, 1)]));
        var remediation = Remediation(stack);
        var runnable = StateChange(job, queue, "RUNNABLE", DateTimeOffset.UtcNow);

        // A RUNNING event that overtook the RUNNABLE one says nothing about being stuck.
        await remediation.HandleMessageAsync(StateChange(job, queue, "RUNNING", DateTimeOffset.UtcNow), NoDeadline, CancellationToken.None);
        Assert.Single(_log.Named("remediation.message_ignored"));
        await remediation.HandleMessageAsync(runnable, NoDeadline, CancellationToken.None);
        await remediation.HandleMessageAsync(runnable, NoDeadline, CancellationToken.None);
        await remediation.HandleMessageAsync(Blocked(job, queue), NoDeadline, CancellationToken.None);

        var inTarget = await stack.Batch.ListJobsAsync(new() { JobQueue = target, Filters = [new KeyValuesPair { Name = "JOB_NAME", Values = ["job-0"] }] }).ToListAsync();
        Assert.Single(inTarget);
        Assert.Equal(["Stuck", "AlreadyRemediated", "AlreadyRemediated"], _log.Named("remediation.decision").Select(e => (string)e["verdict"]!));
    }

    [MotoFact]
    public async Task Message_ForAForeignQueue_IsIgnored()
    {
        var stack = await RemediationMotoStack.CreateAsync(moto);
        var foreign = await stack.ForeignQueueAsync("someone-elses");
        var job = Assert.Single(await stack.RunnableJobsAsync([(foreign, 1)]));

        await Remediation(stack).HandleMessageAsync(Blocked(job, foreign), NoDeadline, CancellationToken.None);

        Assert.Single(_log.Named("remediation.message_ignored"));
        Assert.Null((await stack.DescribeAsync(job)).StatusReason);
    }

    private static string StateChange(string jobId, string queue, string status, DateTimeOffset time) => $$$"""
        {"version":"0","id":"{{{Guid.NewGuid()}}}","detail-type":"Batch Job State Change","source":"aws.batch","time":"{{{time.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}}}",
         "detail":{"jobId":"{{{jobId}}}","jobQueue":"{{{queue}}}","status":"{{{status}}}"}}
        """;

    private static string Blocked(string jobId, string queue) => $$$"""
        {"version":"0","detail-type":"Batch Job Queue Blocked","source":"aws.batch","time":"2026-01-01T00:00:00Z",
         "resources":["{{{queue}}}"],"detail":{"jobId":"{{{jobId}}}","jobQueue":"{{{queue}}}","status":"RUNNABLE","statusReason":"UNDETERMINED - Batch job is blocked, root cause is undetermined."}}
        """;
}
