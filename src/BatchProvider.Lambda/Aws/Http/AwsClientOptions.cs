using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Logging;

namespace BatchProvider.Lambda.Aws.Http;

/// <summary>
/// Everything one AWS client depends on. Time, randomness, logging and the HTTP handler are parameters so tests
/// drive them; the defaults are for the composition root only.
/// </summary>
/// <param name="Endpoint">Where to send requests and how to sign them.</param>
/// <param name="Credentials">The credentials to sign with.</param>
public sealed record AwsClientOptions(ServiceEndpoint Endpoint, ICredentialsProvider Credentials)
{
    /// <summary>The HTTP handler (a fault injector or recorder in tests); null for a pooled SocketsHttpHandler.</summary>
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>The clock for signing dates, backoff delays, timeouts and the rate limiter.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Uniform random values in [0, 1) for backoff jitter; seed it in tests.</summary>
    public Func<double> Random { get; init; } = System.Random.Shared.NextDouble;

    /// <summary>Where retries and quota exhaustion are logged.</summary>
    public ILogSink Log { get; init; } = NullLogSink.Instance;

    /// <summary>Retry, timeout and rate settings.</summary>
    public AwsRetryOptions Retry { get; init; } = new();

    /// <summary>The User-Agent header (not signed).</summary>
    public string UserAgent { get; init; } = "batchprovider/1.0 md/dotnet";
}
