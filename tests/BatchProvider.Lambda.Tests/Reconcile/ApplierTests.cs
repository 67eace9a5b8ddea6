using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Testing.Simulation;
using BatchProvider.Testing.Time;
using static BatchProvider.Lambda.Tests.Reconcile.TestPlans;

namespace BatchProvider.Lambda.Tests.Reconcile;

/// <summary>The applier against <see cref="SimulatedBatch"/> on a virtual clock: minutes of Batch waiting run in microseconds.</summary>
public sealed class ApplierTests
{
    private readonly ManualClock _clock = new();
    private readonly SimulatedBatch _batch;

    // A long lingering queue relationship, so that deleting a CE right after its queue let go of it must retry.
    public ApplierTests() => _batch = new SimulatedBatch(_clock, new SimulatedBatchOptions { QueueRelationshipLinger = TimeSpan.FromMinutes(2) });

    private Applier NewApplier(ApplyOptions? options = null) => new(_batch, new Observer(_batch), _clock, options);

    private DateTimeOffset InOneHour => _clock.GetUtcNow().AddHours(1);

    private ApplyResult Apply(Plan plan, ObservedState? observed = null, DateTimeOffset? deadline = null, ApplyOptions? options = null,
        IProgress<ApplyEvent>? progress = null, CancellationToken cancellationToken = default) =>
        VirtualTime.Run(_clock, () => NewApplier(options).ApplyAsync(plan, observed ?? ObservedState.Empty(Stack), null,
            deadline ?? InOneHour, progress, cancellationToken));

    private ObservedState Observe() => VirtualTime.Run(_clock, () => new Observer(_batch).ObserveAsync(Stack, null));

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 6)]
    [InlineData(4, 6)]
    [InlineData(4, 2)]
    public void Apply_WithIndependentSteps_RunsAtMostMaxParallelismAtOnce(int parallelism, int computeEnvironments)
    {
        var plan = Plan([.. Enumerable.Range(1, computeEnvironments).SelectMany(i => CreateComputeEnvironment($"{Stack}-ce{i}"))]);
        var events = new EventLog();

        var result = Apply(plan, options: new ApplyOptions { MaxParallelism = parallelism }, progress: events);

        Assert.Equal(ApplyStatus.Succeeded, result.Status);
        Assert.Equal(Math.Min(parallelism, computeEnvironments), events.MaxConcurrentSteps);
        // Waits hold no slot: every CE created is waited on at once, whatever the bound.
        Assert.Equal(computeEnvironments, events.MaxConcurrentWaits);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    public void Apply_WaitingOnManyComputeEnvironments_PollsThemInOneDescribePerRound(int computeEnvironments)
    {
        var plan = Plan([.. Enumerable.Range(1, computeEnvironments).SelectMany(i => CreateComputeEnvironment($"{Stack}-ce{i}"))]);

        var result = Apply(plan, options: new ApplyOptions { MaxParallelism = computeEnvironments });

        Assert.Equal(ApplyStatus.Succeeded, result.Status);
        // 90 s of CREATING polled at 5, 15, 35, 65 and 95 s: five rounds however many CEs wait, plus the final observation.
        Assert.Equal(5 + 1, _batch.CallCount("DescribeComputeEnvironments"));
    }

    [Fact]
    public void Apply_WhenAComputeEnvironmentGoesInvalid_FailsWithStatusReasonAndSkipsDependentsOnly()
    {
        _batch.InvalidOnCreate($"{Stack}-bad", "CLIENT_ERROR - instance profile not found");
        var plan = Plan(
            CreateComputeEnvironment($"{Stack}-bad"),
            CreateComputeEnvironment($"{Stack}-good"),
            CreateJobQueue($"{Stack}-q1", [$"{Stack}-bad"], $"ce/{Stack}-bad/wait"),
            CreateJobQueue($"{Stack}-q2", [$"{Stack}-good"], $"ce/{Stack}-good/wait"));

        var result = Apply(plan);

        Assert.Equal(ApplyStatus.Failed, result.Status);
        var failure = Assert.Single(result.Failures);
        Assert.Equal($"ce/{Stack}-bad/wait", failure.Step.Id);
        Assert.Equal(new StepError("INVALID", "CLIENT_ERROR - instance profile not found", null), failure.Error);
        Assert.Equal(
            [StepStatus.Succeeded, StepStatus.Failed, StepStatus.Succeeded, StepStatus.Succeeded, StepStatus.Skipped, StepStatus.Skipped, StepStatus.Succeeded, StepStatus.Succeeded],
            result.Outcomes.Select(o => o.Status));
        Assert.Equal($"ce/{Stack}-bad/wait", result.Outcomes[4].BlockedBy);
        Assert.Equal($"jq/{Stack}-q1/create", result.Outcomes[5].BlockedBy);
        // The created but INVALID CE stays and is reported in the state after.
        Assert.Contains(result.After!.ComputeEnvironments, c => c.Name == $"{Stack}-bad" && c.Detail.Status == "INVALID");
    }

    [Fact]
    public void Apply_WhenBatchRefusesACall_CarriesCodeMessageAndRequestId()
    {
        _batch.InjectFault("CreateComputeEnvironment", _ => new BatchProvider.Lambda.Aws.AwsServiceException("batch", "ClientException", "quota exceeded", 400, "req-42"));

        var result = Apply(Plan(CreateComputeEnvironment($"{Stack}-a")));

        Assert.Equal(new StepError("ClientException", "quota exceeded", "req-42"), Assert.Single(result.Failures).Error);
        Assert.Equal(StepStatus.Skipped, result.Outcomes[1].Status);
    }

    [Theory]
    [InlineData("HttpRequestException", ApplyStatus.Succeeded, null)]       // no answer: poll again later
    [InlineData("TooManyRequestsException", ApplyStatus.Succeeded, null)]   // throttled: poll again later
    [InlineData("AccessDeniedException", ApplyStatus.Failed, "AccessDeniedException")]
    [InlineData("InvalidOperationException", ApplyStatus.Failed, "InvalidOperationException")]
    public void Apply_WhenPollingFails_RetriesTransientFailuresAndFailsTheWaitOnOthers(string failure, ApplyStatus status, string? code)
    {
        var failures = 0;
        _batch.InjectFault("DescribeComputeEnvironments", _ => ++failures > 1 ? null : failure switch
        {
            "HttpRequestException" => new HttpRequestException("connection reset"),
            "InvalidOperationException" => new InvalidOperationException("bug"),
            _ => new BatchProvider.Lambda.Aws.AwsServiceException("batch", failure, "no", failure == "TooManyRequestsException" ? 429 : 403, "req-1"),
        });

        var result = Apply(Plan(CreateComputeEnvironment($"{Stack}-a")));

        Assert.Equal(status, result.Status);
        Assert.Equal(code, result.Failures.SingleOrDefault()?.Error?.Code);
    }

    [Theory]
    [InlineData(1, 1)]    // the margin is gone at once: nothing starts
    [InlineData(60, 2)]   // the create runs, its 90 s wait is cut at 30 s
    [InlineData(135, 4)]  // the CE is VALID, the queue's wait is cut
    public void Apply_WhenTheDeadlineComes_StopsAtASafePointAndAResumeConverges(int secondsAvailable, int minimumCallsBeforeStop)
    {
        var plan = Plan(CreateComputeEnvironment($"{Stack}-a"), CreateJobQueue($"{Stack}-q", [$"{Stack}-a"], $"ce/{Stack}-a/wait"));
        var options = new ApplyOptions { SafetyMargin = TimeSpan.FromSeconds(30) };

        var first = Apply(plan, deadline: _clock.GetUtcNow().AddSeconds(secondsAvailable), options: options);

        Assert.Equal(ApplyStatus.InProgress, first.Status);
        Assert.NotEmpty(first.Remaining);
        Assert.True(_batch.Calls.Count >= minimumCallsBeforeStop - 1);
        Assert.DoesNotContain(first.Outcomes, o => o.Status == StepStatus.Failed);

        var second = Apply(Remaining(plan, first), Observe(), options: options);

        Assert.Equal(ApplyStatus.Succeeded, second.Status);
        Assert.Equal("VALID", Assert.Single(second.After!.JobQueues).Detail.Status);
    }

    [Fact]
    public void Apply_WhenCancelledAfterKSteps_ReturnsInProgressWithTheRest()
    {
        var plan = Plan(CreateComputeEnvironment($"{Stack}-a"), CreateComputeEnvironment($"{Stack}-b"));
        using var cancel = new CancellationTokenSource();
        var events = new EventLog(onFinished: count => { if (count == 1) cancel.Cancel(); });

        var result = Apply(plan, options: new ApplyOptions { MaxParallelism = 1 }, progress: events, cancellationToken: cancel.Token);

        Assert.Equal(ApplyStatus.InProgress, result.Status);
        Assert.Equal([$"ce/{Stack}-a/wait", $"ce/{Stack}-b/create", $"ce/{Stack}-b/wait"], result.Remaining.Select(s => s.Id));
    }

    [Fact]
    public void Apply_DeletingAComputeEnvironmentJustReleasedByAQueue_RetriesUntilTheRelationshipClears()
    {
        Apply(Plan(CreateComputeEnvironment($"{Stack}-old"), CreateComputeEnvironment($"{Stack}-new"),
            CreateJobQueue($"{Stack}-q", [$"{Stack}-old"], $"ce/{Stack}-old/wait")));
        var plan = Plan(
            [Step("jq/switch", new UpdateJobQueue(new UpdateJobQueueRequest
            {
                JobQueue = $"{Stack}-q",
                ComputeEnvironmentOrder = [new ComputeEnvironmentOrder { ComputeEnvironment = $"{Stack}-new", Order = 1 }],
            }, NotFoundIsDone: false))],
            DeleteComputeEnvironment($"{Stack}-old", "jq/switch"));
        var events = new EventLog();

        var result = Apply(plan, Observe(), progress: events);

        Assert.Equal(ApplyStatus.Succeeded, result.Status);
        Assert.Contains(events.Events.OfType<StepRetrying>(), e => e.Error.Message.Contains("found existing JobQueue relationship"));
        Assert.DoesNotContain(result.After!.ComputeEnvironments, c => c.Name == $"{Stack}-old");
    }

    [Theory]
    [InlineData(0)] // disable with NotFoundIsDone
    [InlineData(2)] // delete
    [InlineData(1)] // wait until settled
    [InlineData(3)] // wait until gone
    public void Apply_RemovingWhatNoLongerExists_IsDone(int removalStep)
    {
        Apply(Plan(CreateComputeEnvironment($"{Stack}-gone")));
        var stale = Observe();
        Apply(Plan(DeleteComputeEnvironment($"{Stack}-gone")), stale);
        var step = DeleteComputeEnvironment($"{Stack}-gone")[removalStep] with { DependsOn = [] };

        var result = Apply(Plan([step]), stale);

        Assert.Equal(ApplyStatus.Succeeded, result.Status);
    }

    [Fact]
    public void Apply_WhenAStepTouchesAResourceTheStackDoesNotOwn_RefusesBeforeAnyCall()
    {
        var plan = Plan(DeleteComputeEnvironment("someone-elses-ce"));

        var result = Apply(plan);

        Assert.Equal(ApplyStatus.Refused, result.Status);
        Assert.Contains(result.Problems, p => p.Contains("refusing to update compute environment someone-elses-ce"));
        Assert.Contains(result.Problems, p => p.Contains("refusing to delete compute environment someone-elses-ce"));
        Assert.Empty(_batch.Calls);
    }

    [Fact]
    public void Apply_WhenThePlanHasErrors_Refuses()
    {
        var plan = Plan(CreateComputeEnvironment($"{Stack}-a")) with
        {
            Diagnostics = [new Diagnostic(Severity.Error, PropertyPath.Root.Property("ComputeEnvironments"), "BS0501", "name collision")],
        };

        var result = Apply(plan);

        Assert.Equal(ApplyStatus.Refused, result.Status);
        Assert.Empty(_batch.Calls);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ApplyOptions_WhenInvalid_ListsEveryProblem(int parallelism)
    {
        var options = new ApplyOptions { MaxParallelism = parallelism, FirstPollDelay = TimeSpan.FromMinutes(1), SafetyMargin = TimeSpan.FromSeconds(-1) };

        var e = Assert.Throws<ArgumentException>(() => options.Validate());

        Assert.Equal(
            $"Invalid ApplyOptions: MaxParallelism must be at least 1 (was {parallelism}). MaxPollDelay (00:00:30) must not be less than FirstPollDelay (00:01:00). SafetyMargin must not be negative (was -00:00:01).",
            e.Message);
    }
}
