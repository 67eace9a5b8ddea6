using System.Net;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Tests.Aws.Fakes;

namespace BatchProvider.Lambda.Tests.Aws.Batch;

public sealed class BatchClientRateLimitTests
{
    [Theory]
    // configured rate (null = the Batch default of 20/s), burst, concurrent calls
    [InlineData(null, 10, 60)]
    [InlineData(5.0, 2, 20)]
    public async Task BurstOfCalls_ReachesTheServiceAtTheConfiguredRate(double? rate, int burst, int calls)
    {
        var time = new TestTimeProvider();
        var sent = new List<DateTimeOffset>();
        var handler = new StubHandler((_, _) =>
        {
            lock (sent)
            {
                sent.Add(time.GetUtcNow());
            }

            return StubHandler.Response(HttpStatusCode.OK, """{"jobs":[]}""");
        });
        var batch = new BatchClient(TestClients.Options(handler, time, retry: new AwsRetryOptions { RequestsPerSecond = rate, Burst = burst, AttemptTimeout = TimeSpan.FromHours(1) }));

        var all = Task.WhenAll(Enumerable.Range(0, calls).Select(_ => batch.DescribeJobsAsync(new DescribeJobsRequest { Jobs = ["j"] })));
        for (var step = 0; step < 100_000 && !all.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
            await Task.Delay(0);
            if (step % 50 == 0)
            {
                // Let pool threads finish the in-process HTTP exchanges of granted calls.
                await Task.Delay(1);
            }
        }

        await all;
        var perSecond = rate ?? AwsRetryOptions.BatchRequestsPerSecond;
        var ordered = sent.Order().ToList();
        Assert.Equal(calls, ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var inWindow = ordered.Skip(i).TakeWhile(t => t < ordered[i] + TimeSpan.FromSeconds(1)).Count();
            Assert.True(inWindow <= burst + perSecond, $"{inWindow} requests within one second of {ordered[i]:O}");
        }

        Assert.True(ordered[^1] - ordered[0] >= TimeSpan.FromSeconds((calls - burst) / perSecond) - TimeSpan.FromMilliseconds(1));
    }
}
