using System.Net.Http.Headers;
using BatchProvider.Lambda.Logging;
using Polly;
using Polly.Retry;

namespace BatchProvider.Lambda.CustomResource;

/// <summary>
/// PUTs the answer to the presigned S3 URL with an empty Content-Type (older SigV2 URLs sign it; SigV4 ones ignore it,
/// so empty is right for both, as cfn-response, crhelper and the CDK framework do), retried with exponential backoff
/// on network errors, 5xx and 429. A 4xx other than 429 (expired or forged URL) is final.
/// </summary>
public sealed class HttpResponseChannel : IResponseChannel
{
    private readonly HttpClient _http;
    private readonly ILogSink _log;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Creates the channel; <paramref name="firstDelay"/> doubles per retry (default 1 s, 6 attempts).</summary>
    public HttpResponseChannel(HttpClient http, ILogSink log, TimeProvider time, TimeSpan? firstDelay = null, int maxRetries = 5)
    {
        _http = http;
        _log = log;
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = maxRetries,
                Delay = firstDelay ?? TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TaskCanceledException>()
                    .HandleResult(r => (int)r.StatusCode >= 500 || (int)r.StatusCode == 429),
                OnRetry = args =>
                {
                    _log.Write(LogEvent.Of(LogLevel.Warn, "cfn.response.retry",
                        ("attempt", args.AttemptNumber + 1),
                        ("status", args.Outcome.Result is { } r ? (int)r.StatusCode : null),
                        ("error", args.Outcome.Exception?.Message),
                        ("delayMs", args.RetryDelay)));
                    return default;
                },
            })
            .Build();
    }

    /// <inheritdoc />
    public async Task PutAsync(Uri responseUrl, byte[] body, CancellationToken cancellationToken)
    {
        using var response = await _pipeline.ExecuteAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, responseUrl) { Content = new ByteArrayContent(body) };
            // An empty (not absent) Content-Type: HttpClient would otherwise send none, and SigV2 URLs sign "".
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "");
            request.Content.Headers.ContentLength = body.Length;
            return await _http.SendAsync(request, token);
        }, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"PUT {ResponseUrlRedaction.Redact(responseUrl)} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
    }
}
