using System.Text;
using BatchProvider.Lambda.CustomResource;
using BatchProvider.Lambda.Tests.Aws.Fakes;
using BatchProvider.Testing.Http;

namespace BatchProvider.Lambda.Tests.CustomResource;

/// <summary>
/// <see cref="HttpResponseChannel"/> against a real HTTP server: one PUT with an empty Content-Type to the whole
/// presigned URL, retried with backoff on 5xx, 429 and connection failures, and a clean <see cref="HttpRequestException"/>
/// (without the URL's query) once it gives up or the server refuses for good.
/// </summary>
public sealed class HttpResponseChannelTests : IDisposable
{
    private const string Query = "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAEXAMPLE%2F20261203%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-SignedHeaders=host&X-Amz-Signature=0a1b2c3d";
    private const int MaxRetries = 5;
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"Status":"SUCCESS","Reason":"é"}""");

    private readonly HttpClient _http = new();
    private readonly RecordingLogSink _log = new();

    // Backoff timers fire at once on this clock, which still adds up how long the channel would have waited.
    private readonly TestTimeProvider _clock = new(fastForwardBelow: TimeSpan.FromHours(1));

    public void Dispose() => _http.Dispose();

    private HttpResponseChannel Channel => new(_http, _log, _clock, TimeSpan.FromSeconds(1), MaxRetries);

    public static TheoryData<int[], int, int?> Scripts => new()
    {
        // statuses the server answers in turn (then 200), PUTs expected, final status when the channel gives up
        { [200], 1, null },
        { [503, 500, 200], 3, null },
        { [429, 502, 504, 200], 4, null },
        { [500, 500, 500, 500, 500, 200], 6, null },
        { [500, 500, 500, 500, 500, 500, 200], 6, 500 },
        { [403], 1, 403 },
        { [404, 200], 1, 404 },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task PutAsync_RetriesServerErrorsWithBackoff_AndGivesUpCleanly(int[] statuses, int puts, int? finalStatus)
    {
        await using var server = new RecordingHttpServer(statuses);
        var url = new Uri(server.BaseUri, "cloudformation-custom-resource-response-useast1/key" + Query);

        var put = Channel.PutAsync(url, Body, CancellationToken.None);

        if (finalStatus is { } status)
        {
            var failure = await Assert.ThrowsAsync<HttpRequestException>(() => put);
            Assert.StartsWith($"PUT http://{server.Authority}/cloudformation-custom-resource-response-useast1/key answered {status} ", failure.Message);
        }
        else
        {
            await put;
        }
        Assert.Equal(puts, server.Requests.Count);
        Assert.All(server.Requests, request =>
        {
            Assert.Equal(("PUT", url.PathAndQuery), (request.Method, request.PathAndQuery));
            Assert.Equal("", request.Headers["Content-Type"]);
            Assert.Equal(Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Headers["Content-Length"]);
            Assert.Equal(Body, request.Body);
        });
        AssertBackedOff(puts - 1);
    }

    [Fact]
    public async Task PutAsync_WhenNothingListens_RetriesThenThrowsWithoutTheQuery()
    {
        var url = new Uri($"http://127.0.0.1:{LoopbackHttpServer.FreePort()}/bucket/key{Query}");

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => Channel.PutAsync(url, Body, CancellationToken.None));

        Assert.DoesNotContain("X-Amz-Signature", failure.Message);
        AssertBackedOff(MaxRetries);
        Assert.All(_log.Named("cfn.response.retry"), retry => Assert.NotNull(retry["error"]));
    }

    /// <summary>Each retry was logged with a positive delay, and the channel waited those delays on its clock (which counts whole milliseconds).</summary>
    private void AssertBackedOff(int retries)
    {
        var logged = _log.Named("cfn.response.retry");
        Assert.Equal(Enumerable.Range(1, retries), logged.Select(r => (int)r["attempt"]!));
        var delays = logged.Select(r => (TimeSpan)r["delayMs"]!).ToList();
        Assert.All(delays, d => Assert.True(d > TimeSpan.Zero, $"delay {d}"));
        var waited = delays.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Assert.InRange(_clock.Elapsed, waited - TimeSpan.FromMilliseconds(retries), waited);
    }
}
