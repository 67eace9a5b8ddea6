using System.Net.Http.Headers;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Aws.Signing;
using Polly;

namespace BatchProvider.Lambda.Aws.Http;

/// <summary>
/// Sends signed requests to one service endpoint through the client's resilience pipeline. Each attempt waits for
/// the rate limiter, takes fresh credentials, builds a new <see cref="HttpRequestMessage"/>, signs it at the
/// injected clock's time (a retry is re-signed, as the SDKs do), and turns an error status into
/// <see cref="AwsServiceException"/>.
/// </summary>
public sealed class AwsTransport
{
    private readonly HttpClient _http;
    private readonly ServiceEndpoint _endpoint;
    private readonly ICredentialsProvider _credentials;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _pipeline;
    private readonly RetryQuota _quota;
    private readonly ClientRateLimiter? _rateLimiter;

    /// <summary>Creates the transport of one client from its options.</summary>
    public AwsTransport(AwsClientOptions options)
    {
        options.Retry.Validate();
        _endpoint = options.Endpoint;
        _credentials = options.Credentials;
        _time = options.TimeProvider;
        // The pipeline owns attempt timeouts; HttpClient's own timeout would race with it.
        _http = new HttpClient(options.Handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, disposeHandler: options.Handler is null)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _quota = new RetryQuota(options.Retry);
        _pipeline = AwsResiliencePipeline.Build(options.Endpoint.SigningName, options.Retry, _quota, options.TimeProvider, options.Random, options.Log);
        _rateLimiter = options.Retry.RequestsPerSecond is { } rps ? new ClientRateLimiter(rps, options.Retry.Burst, options.TimeProvider) : null;
        UserAgent = options.UserAgent;
    }

    /// <summary>The signing name of the service, e.g. <c>batch</c>.</summary>
    public string Service => _endpoint.SigningName;

    /// <summary>The retry quota, observable for tests and metrics.</summary>
    public RetryQuota Quota => _quota;

    private string UserAgent { get; }

    /// <summary>Sends <paramref name="request"/>; <paramref name="state"/> collects what happened across attempts.</summary>
    public async Task<AwsResponse> SendAsync(AwsRequest request, AwsCallState state, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(request.Operation, cancellationToken);
        try
        {
            context.Properties.Set(AwsResiliencePipeline.CallState, state);
            var response = await _pipeline.ExecuteAsync(
                static async (ctx, s) => await s.transport.SendOnceAsync(s.request, s.state, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (transport: this, request, state)).ConfigureAwait(false);
            _quota.OnSuccess(state.LastRetryCost);
            return response;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<AwsResponse> SendOnceAsync(AwsRequest request, AwsCallState state, CancellationToken cancellationToken)
    {
        state.Attempts++;
        if (_rateLimiter is not null)
        {
            await _rateLimiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
        }

        var credentials = await _credentials.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        using var message = BuildMessage(request);
        var uri = message.RequestUri!;
        var headers = new List<KeyValuePair<string, string>>();
        if (request.ContentType is not null)
        {
            headers.Add(new("Content-Type", request.ContentType));
        }

        if (request.Target is not null)
        {
            headers.Add(new("X-Amz-Target", request.Target));
        }

        // Sign exactly what goes on the wire: the Uri's escaped path and query, which HttpClient sends verbatim.
        var signed = SigV4Signer.Sign(
            new SigningRequest(request.Method.Method, uri.Authority, uri.AbsolutePath, uri.Query.TrimStart('?'), headers, request.Body ?? []),
            credentials, _endpoint.Region, _endpoint.SigningName, _time.GetUtcNow());
        foreach (var (name, value) in signed.HeadersToAdd)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Target is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Amz-Target", request.Target);
        }

        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status >= 300)
        {
            throw AwsErrorReader.Read(_endpoint.SigningName, status, response.Headers, body);
        }

        var requestId = response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.FirstOrDefault() : null;
        return new AwsResponse(status, body, requestId);
    }

    private HttpRequestMessage BuildMessage(AwsRequest request)
    {
        var basePath = _endpoint.BaseUri.AbsolutePath.TrimEnd('/');
        var builder = $"{_endpoint.BaseUri.Scheme}://{_endpoint.BaseUri.Authority}{basePath}{request.EncodedPath}";
        if (request.EncodedQuery.Length > 0)
        {
            builder += "?" + request.EncodedQuery;
        }

        var message = new HttpRequestMessage(request.Method, new Uri(builder));
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            }
        }

        return message;
    }
}
