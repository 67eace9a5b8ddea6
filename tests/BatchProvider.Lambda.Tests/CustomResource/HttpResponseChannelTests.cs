using System.Net;
using BatchProvider.Lambda.CustomResource;
using BatchProvider.Lambda.Tests.Aws.Fakes;

namespace BatchProvider.Lambda.Tests.CustomResource;

public sealed class HttpResponseChannelTests
{
    [Fact]
    public async Task Put_WhenRetried_LogsTheDelayInMillisecondsNamedDelayMs()
    {
        var answers = new Queue<HttpStatusCode>([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK]);
        var handler = new StubHandler((_, _) => StubHandler.Response(answers.Dequeue(), ""));
        var log = new RecordingLogSink();
        var channel = new HttpResponseChannel(new HttpClient(handler), log, new TestTimeProvider(TimeSpan.FromMinutes(1)));

        await channel.PutAsync(new Uri("https://bucket.s3.amazonaws.com/answer"), [1, 2, 3], CancellationToken.None);

        var retry = Assert.Single(log.Named("cfn.response.retry"));
        Assert.Equal(["attempt", "status", "error", "delayMs"], retry.Fields.Select(f => f.Key));
        Assert.IsType<TimeSpan>(retry["delayMs"]);
        Assert.Equal(2, handler.Requests.Count);
    }
}
