using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Tests.Aws.Fakes;

namespace BatchProvider.Lambda.Tests.Aws.Resilience;

public sealed class RetryQuotaTests
{
    [Theory]
    // capacity, faults before success, attempts made, quota left afterwards
    [InlineData(500, 0, 1, 500)] // a first-try success refills 1, capped at capacity
    [InlineData(500, 2, 3, 495)] // two retries cost 5 each; the success returns the last retry's 5
    [InlineData(12, 9, 3, 2)] // 12 → 7 → 2: the third retry cannot be paid, the throttling error surfaces
    [InlineData(4, 9, 1, 4)] // not even one retry is affordable
    public async Task Quota_LimitsRetriesAndRefillsOnSuccess(int capacity, int throttles, int attempts, int left)
    {
        var log = new RecordingLogSink();
        var retry = new AwsRetryOptions { MaxAttempts = 10, RetryQuotaCapacity = capacity, AttemptTimeout = TimeSpan.FromMinutes(10) };
        var (batch, handler) = TestClients.BatchWithFaults(Enumerable.Repeat(Fault.Throttle, throttles), retry: retry, log: log);

        var error = await Record.ExceptionAsync(() => batch.DescribeJobsAsync(new DescribeJobsRequest { Jobs = ["j"] }));

        Assert.Equal(attempts, Enum.GetValues<Fault>().Sum(handler.Injected));
        Assert.Equal(left, batch.Transport.Quota.Available);
        var exhausted = attempts <= throttles;
        Assert.Equal(exhausted, error is AwsServiceException { IsThrottling: true });
        Assert.Equal(exhausted ? 1 : 0, log.Named("aws.retry_quota_exhausted").Count);
    }

    [Fact]
    public void TimeoutRetry_CostsMoreThanOrdinaryRetry()
    {
        var quota = new RetryQuota(new AwsRetryOptions { RetryQuotaCapacity = 19 });

        Assert.True(quota.TryAcquire(afterTimeout: true, out var timeoutCost));
        Assert.True(quota.TryAcquire(afterTimeout: false, out var cost));
        Assert.False(quota.TryAcquire(afterTimeout: false, out _));

        Assert.Equal((10, 5, 4), (timeoutCost, cost, quota.Available));
    }
}
