using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Tests.Aws.Fakes;

namespace BatchProvider.Lambda.Tests.Aws.Resilience;

public sealed class RetryBehaviourTests
{
    public enum Op
    {
        DescribeJobs,
        SubmitJob,
        CreateJobQueue,
    }

    public static TheoryData<Op, Fault[], bool, int, int> Rows => new()
    {
        // operation, injected faults (then success), succeeds, attempts, requests that reached the server
        { Op.DescribeJobs, [], true, 1, 1 },
        { Op.DescribeJobs, [Fault.Throttle, Fault.Throttle], true, 3, 1 },
        { Op.DescribeJobs, [Fault.Throttle, Fault.Throttle, Fault.Throttle], false, 3, 0 },
        { Op.DescribeJobs, [Fault.ServerError, Fault.ServiceUnavailable], true, 3, 1 },
        { Op.DescribeJobs, [Fault.DropBeforeSend], true, 2, 1 },
        { Op.DescribeJobs, [Fault.DropAfterSend], true, 2, 2 },
        { Op.CreateJobQueue, [Fault.ServerError], true, 2, 1 },
        // SubmitJob has no client token: retried only when the service provably did not act.
        { Op.SubmitJob, [Fault.Throttle], true, 2, 1 },
        { Op.SubmitJob, [Fault.DropBeforeSend], true, 2, 1 },
        { Op.SubmitJob, [Fault.ServerError], false, 1, 0 },
        { Op.SubmitJob, [Fault.DropAfterSend], false, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Call_WithInjectedFaults_RetriesOnlyWhatIsSafe(Op op, Fault[] faults, bool succeeds, int attempts, int forwarded)
    {
        var (batch, handler) = TestClients.BatchWithFaults(faults);

        var call = () => Invoke(batch, op);

        if (succeeds)
        {
            await call();
        }
        else
        {
            var error = await Record.ExceptionAsync(call);
            Assert.True(error is AwsServiceException or HttpRequestException, error?.ToString());
        }

        Assert.Equal(attempts, Enum.GetValues<Fault>().Sum(handler.Injected));
        Assert.Equal(forwarded, handler.Forwarded);
    }

    [Fact]
    public async Task Retry_IsLoggedAsStructuredEvent()
    {
        var log = new RecordingLogSink();
        var (batch, _) = TestClients.BatchWithFaults([Fault.Throttle], log: log);

        await batch.DescribeJobsAsync(new DescribeJobsRequest { Jobs = ["j"] });

        var retry = Assert.Single(log.Named("aws.retry"));
        Assert.Equal("batch", retry["service"]);
        Assert.Equal("DescribeJobs", retry["operation"]);
        Assert.Equal(1, retry["attempt"]);
        Assert.Equal("Throttled", retry["kind"]);
        Assert.Equal("TooManyRequestsException", retry["errorCode"]);
        Assert.Equal(429, retry["status"]);
    }

    [Fact]
    public async Task SlowAttempt_TimesOutAndIsRetried()
    {
        var time = new TestTimeProvider(TimeSpan.FromSeconds(1));
        var retry = new AwsRetryOptions { AttemptTimeout = TimeSpan.FromSeconds(5) };
        var log = new RecordingLogSink();
        var (batch, handler) = TestClients.BatchWithFaults([Fault.Slow], retry: retry, time: time, log: log);

        var call = batch.DescribeJobsAsync(new DescribeJobsRequest { Jobs = ["j"] });
        // Readiness wait (bounded): the slow attempt has registered its delay and the attempt timeout.
        for (var i = 0; i < 500 && time.PendingTimers < 2; i++)
        {
            await Task.Delay(10);
        }

        time.Advance(TimeSpan.FromSeconds(5));
        await call;

        Assert.Equal(1, handler.Injected(Fault.Slow));
        Assert.Equal(1, handler.Forwarded);
        Assert.Equal("MaybeSent", Assert.Single(log.Named("aws.retry"))["kind"]);
        Assert.Equal("TimeoutRejectedException", Assert.Single(log.Named("aws.retry"))["errorCode"]);
    }

    [Fact]
    public async Task CallerCancellation_IsNotRetried()
    {
        var time = new TestTimeProvider(TimeSpan.FromSeconds(1));
        var (batch, handler) = TestClients.BatchWithFaults([Fault.Slow], time: time);
        using var cancellation = new CancellationTokenSource();

        var call = batch.DescribeJobsAsync(new DescribeJobsRequest { Jobs = ["j"] }, cancellation.Token);
        for (var i = 0; i < 500 && time.PendingTimers < 2; i++)
        {
            await Task.Delay(10);
        }

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(0, handler.Forwarded);
        Assert.Equal(1, Enum.GetValues<Fault>().Sum(handler.Injected));
    }

    private static Task Invoke(BatchClient batch, Op op) => op switch
    {
        Op.DescribeJobs => batch.DescribeJobsAsync(new DescribeJobsRequest { Jobs = ["j"] }),
        Op.SubmitJob => batch.SubmitJobAsync(new SubmitJobRequest { JobName = "j", JobQueue = "q", JobDefinition = "d" }),
        Op.CreateJobQueue => batch.CreateJobQueueAsync(new CreateJobQueueRequest { JobQueueName = "q", Priority = 1 }),
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };
}
