using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.EventBridge;
using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Aws.Sqs;
using BatchProvider.Lambda.Logging;

namespace BatchProvider.Lambda.Aws;

/// <summary>The three AWS clients of one process, built once at start-up from the settings (composition root).</summary>
/// <param name="Batch">AWS Batch.</param>
/// <param name="Sqs">Amazon SQS.</param>
/// <param name="EventBridge">Amazon EventBridge.</param>
public sealed record AwsClients(IBatchApi Batch, ISqsApi Sqs, IEventBridgeApi EventBridge)
{
    /// <summary>
    /// Builds the clients: endpoints and attempt limit from <paramref name="settings"/>, all signing with
    /// <paramref name="credentials"/>. Batch and EventBridge get one retry pipeline, quota and rate limiter each
    /// (<paramref name="random"/>, uniform in [0, 1), drives their backoff jitter); SQS is AWSSDK.SQS with its own
    /// standard-mode retries.
    /// </summary>
    public static AwsClients Create(AwsSettings settings, ICredentialsProvider credentials, ILogSink log, TimeProvider time, Func<double> random)
    {
        AwsClientOptions For(ServiceEndpoint endpoint) => new(endpoint, credentials)
        {
            Log = log,
            TimeProvider = time,
            Random = random,
            Retry = new AwsRetryOptions { MaxAttempts = settings.MaxAttempts },
        };

        return new AwsClients(new BatchClient(For(settings.Batch)), new SqsSdkClient(settings.Sqs, credentials, settings.MaxAttempts), new EventBridgeClient(For(settings.EventBridge)));
    }
}
