using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Tests.Aws.Fakes;

namespace BatchProvider.Lambda.Tests.Aws.Resilience;

public sealed class ClientRateLimiterTests
{
    [Theory]
    // rate per second, burst, concurrent callers
    [InlineData(20, 10, 100)]
    [InlineData(50, 1, 120)]
    [InlineData(5, 5, 30)]
    public async Task Burst_IsSpreadToTheConfiguredRate(double rate, int burst, int callers)
    {
        var time = new TestTimeProvider();
        var limiter = new ClientRateLimiter(rate, burst, time);
        var waits = Enumerable.Range(0, callers).Select(_ => limiter.AcquireAsync(CancellationToken.None)).ToList();

        // Record each grant on this thread, at the clock time of the Advance that completed it: Advance fires due
        // timers synchronously, so the check right after it sees exactly the waits it released (no continuation races).
        var grants = new List<DateTimeOffset>();
        var pending = new List<Task>();
        foreach (var wait in waits)
        {
            if (wait.IsCompleted) grants.Add(time.GetUtcNow());
            else pending.Add(wait);
        }
        for (var step = 0; step < 1_000_000 && pending.Count > 0; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
            var now = time.GetUtcNow();
            grants.AddRange(pending.Where(w => w.IsCompleted).Select(_ => now));
            pending.RemoveAll(w => w.IsCompleted);
        }

        await Task.WhenAll(waits);
        var sorted = grants.Order().ToList();
        Assert.Equal(callers, sorted.Count);
        Assert.Equal(burst, sorted.Count(g => g == sorted[0]));
        // In any one-second window at most burst + rate tokens are granted.
        for (var i = 0; i < sorted.Count; i++)
        {
            var inWindow = sorted.Skip(i).TakeWhile(g => g < sorted[i] + TimeSpan.FromSeconds(1)).Count();
            Assert.True(inWindow <= burst + rate, $"{inWindow} grants within one second from {sorted[i]:O}");
        }

        // And the whole burst takes as long as the rate says: (callers - burst) / rate seconds.
        var expected = TimeSpan.FromSeconds((callers - burst) / rate);
        Assert.InRange(sorted[^1] - sorted[0], expected - TimeSpan.FromMilliseconds(2), expected + TimeSpan.FromMilliseconds(2));
    }
}
