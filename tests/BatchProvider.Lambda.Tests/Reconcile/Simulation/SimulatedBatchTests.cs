using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws;
using BatchProvider.Testing.Simulation;
using BatchProvider.Testing.Time;
using static BatchProvider.Lambda.Tests.Reconcile.TestPlans;

namespace BatchProvider.Lambda.Tests.Reconcile.Simulation;

/// <summary>The simulated Batch keeps Batch's timing and refuses what Batch refuses, so applier tests against it mean something.</summary>
public sealed class SimulatedBatchTests
{
    private readonly ManualClock _clock = new();
    private readonly SimulatedBatch _batch;

    public SimulatedBatchTests() => _batch = new SimulatedBatch(_clock, new SimulatedBatchOptions { ApiLatency = TimeSpan.Zero });

    private T Run<T>(Func<Task<T>> body) => VirtualTime.Run(_clock, body);

    private string? StatusOf(string name) => _batch.Peek().ComputeEnvironments.SingleOrDefault(c => c.ComputeEnvironmentName == name)?.Status;

    [Theory]
    [InlineData(0, "CREATING")]
    [InlineData(89, "CREATING")]
    [InlineData(90, "VALID")]
    public void ComputeEnvironment_IsCreatingUntilItsCreateTimeHasPassed(int seconds, string status)
    {
        Run(() => _batch.CreateComputeEnvironmentAsync(ComputeEnvironment("ce")));

        _clock.Advance(TimeSpan.FromSeconds(seconds));

        Assert.Equal(status, StatusOf("ce"));
    }

    [Theory]
    [InlineData("ENABLED", false, "Cannot delete compute environment ce: its state must be DISABLED")]
    [InlineData("DISABLED", true, "Cannot delete, found existing JobQueue relationship")]
    public void DeleteComputeEnvironment_RefusesWhatBatchRefuses(string state, bool inAQueue, string message)
    {
        Run(() => _batch.CreateComputeEnvironmentAsync(ComputeEnvironment("ce", state)));
        _clock.Advance(TimeSpan.FromMinutes(2));
        if (inAQueue)
            Run(() => _batch.CreateJobQueueAsync(new CreateJobQueueRequest { JobQueueName = "q", Priority = 1, ComputeEnvironmentOrder = [new ComputeEnvironmentOrder { ComputeEnvironment = "ce", Order = 1 }] }));

        var error = Assert.Throws<AwsServiceException>(() => Run(() => _batch.DeleteComputeEnvironmentAsync(new DeleteComputeEnvironmentRequest { ComputeEnvironment = "ce" })));

        Assert.Equal(("ClientException", message), (error.ErrorCode, error.ServiceMessage));
    }

    [Theory]
    [InlineData(19, true)]
    [InlineData(20, false)]
    public void QueueRelationship_LingersAfterTheQueueLetsGo(int secondsAfterRelease, bool stillRefused)
    {
        foreach (var name in new[] { "old", "new" }) Run(() => _batch.CreateComputeEnvironmentAsync(ComputeEnvironment(name, "DISABLED")));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Run(() => _batch.CreateJobQueueAsync(new CreateJobQueueRequest { JobQueueName = "q", Priority = 1, ComputeEnvironmentOrder = [new ComputeEnvironmentOrder { ComputeEnvironment = "old", Order = 1 }] }));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Run(() => _batch.UpdateJobQueueAsync(new UpdateJobQueueRequest { JobQueue = "q", ComputeEnvironmentOrder = [new ComputeEnvironmentOrder { ComputeEnvironment = "new", Order = 1 }] }));

        _clock.Advance(TimeSpan.FromSeconds(secondsAfterRelease));
        var delete = () => Run(() => _batch.DeleteComputeEnvironmentAsync(new DeleteComputeEnvironmentRequest { ComputeEnvironment = "old" }));

        if (stillRefused) Assert.Contains("found existing JobQueue relationship", Assert.Throws<AwsServiceException>(delete).ServiceMessage);
        else Assert.NotNull(delete());
    }

    [Fact]
    public void CreateJobQueue_WithAComputeEnvironmentStillCreating_IsRefused()
    {
        Run(() => _batch.CreateComputeEnvironmentAsync(ComputeEnvironment("ce")));

        var error = Assert.Throws<AwsServiceException>(() => Run(() => _batch.CreateJobQueueAsync(new CreateJobQueueRequest
        {
            JobQueueName = "q", Priority = 1, ComputeEnvironmentOrder = [new ComputeEnvironmentOrder { ComputeEnvironment = "ce", Order = 1 }],
        })));

        Assert.Contains("is not VALID (status CREATING)", error.ServiceMessage);
    }

    [Theory]
    [InlineData(50, 0)]
    [InlineData(60, 10)]
    public void Calls_BeyondTheRateLimitInOneSecond_AreThrottled(int calls, int throttled)
    {
        var limited = new SimulatedBatch(_clock, new SimulatedBatchOptions { ApiLatency = TimeSpan.Zero, RequestsPerSecond = 50 });

        var errors = Run(async () =>
        {
            var failures = 0;
            for (var i = 0; i < calls; i++)
            {
                try { await limited.DescribeJobQueuesAsync(new DescribeJobQueuesRequest()).CountAsync(); }
                catch (AwsServiceException e) when (e.ErrorCode == "TooManyRequestsException" && e.StatusCode == 429) { failures++; }
            }
            return failures;
        });

        Assert.Equal(throttled, errors);
        Assert.Equal(calls, limited.CallCount("DescribeJobQueues"));
    }

    [Fact]
    public void DescribeComputeEnvironments_ReturnsEveryPageOfAHundred()
    {
        Run(async () =>
        {
            for (var i = 0; i < 250; i++) await _batch.CreateComputeEnvironmentAsync(ComputeEnvironment($"ce{i}"));
            return true;
        });
        _batch.ClearCalls();

        var all = Run(() => _batch.DescribeComputeEnvironmentsAsync(new DescribeComputeEnvironmentsRequest()).CountAsync().AsTask());

        Assert.Equal(250, all);
        Assert.Equal(3, _batch.CallCount("DescribeComputeEnvironments"));
    }
}
