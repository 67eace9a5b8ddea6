using Amazon.Runtime;
using Amazon.SQS;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Lambda.Aws.Sdk;

namespace BatchProvider.Lambda.Aws.Sqs;

/// <summary>
/// <see cref="ISqsApi"/> over AWSSDK.SQS. The SDK does the wire protocol, retries (standard mode, at most the settings'
/// attempts) and SQS's MD5 checks of bodies and message attributes; this class maps our records to its model and its
/// service errors to <see cref="AwsServiceException"/>. Every operation may be retried: a retried send may deliver a
/// message twice, which SQS allows anyway (at-least-once delivery; our consumers tolerate duplicates).
/// AWSSDK.SQS 4 is trim- and AOT-annotated (its JSON marshallers write with Utf8JsonWriter, no reflection), so Native
/// AOT needs no rd.xml or trimming roots for it; <c>scripts/publish</c> checks that with the analyzers as errors.
/// </summary>
public sealed class SqsSdkClient : ISqsApi, IDisposable
{
    /// <summary>Time allowed for one attempt: a long poll holds the connection up to 20 s.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    private readonly AmazonSQSClient _sqs;

    /// <summary>A client for <paramref name="endpoint"/>, signing with <paramref name="credentials"/>, at most
    /// <paramref name="maxAttempts"/> attempts per call.</summary>
    public SqsSdkClient(ServiceEndpoint endpoint, ICredentialsProvider credentials, int maxAttempts)
    {
        var config = SdkClientConfig.For(new AmazonSQSConfig(), endpoint, maxAttempts);
        config.Timeout = AttemptTimeout;
        _sqs = new AmazonSQSClient(new ProviderCredentials(credentials), config);
    }

    /// <summary>A client configured like our own clients are: <paramref name="options"/>' endpoint, credentials and attempts.</summary>
    public static SqsSdkClient For(AwsClientOptions options) => new(options.Endpoint, options.Credentials, options.Retry.MaxAttempts);

    /// <inheritdoc />
    public Task<SendMessageResponse> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default) =>
        Call(async () => SqsSdkMapping.From(await _sqs.SendMessageAsync(SqsSdkMapping.ToSdk(request), cancellationToken).ConfigureAwait(false)));

    /// <inheritdoc />
    public Task<SendMessageBatchResponse> SendMessageBatchAsync(SendMessageBatchRequest request, CancellationToken cancellationToken = default) =>
        Call(async () => SqsSdkMapping.From(await _sqs.SendMessageBatchAsync(SqsSdkMapping.ToSdk(request), cancellationToken).ConfigureAwait(false)));

    /// <inheritdoc />
    public Task<ReceiveMessageResponse> ReceiveMessageAsync(ReceiveMessageRequest request, CancellationToken cancellationToken = default) =>
        Call(async () => SqsSdkMapping.From(await _sqs.ReceiveMessageAsync(SqsSdkMapping.ToSdk(request), cancellationToken).ConfigureAwait(false)));

    /// <inheritdoc />
    public Task DeleteMessageAsync(DeleteMessageRequest request, CancellationToken cancellationToken = default) =>
        Call(() => _sqs.DeleteMessageAsync(SqsSdkMapping.ToSdk(request), cancellationToken));

    /// <inheritdoc />
    public Task<DeleteMessageBatchResponse> DeleteMessageBatchAsync(DeleteMessageBatchRequest request, CancellationToken cancellationToken = default) =>
        Call(async () => SqsSdkMapping.From(await _sqs.DeleteMessageBatchAsync(SqsSdkMapping.ToSdk(request), cancellationToken).ConfigureAwait(false)));

    /// <inheritdoc />
    public Task ChangeMessageVisibilityAsync(ChangeMessageVisibilityRequest request, CancellationToken cancellationToken = default) =>
        Call(() => _sqs.ChangeMessageVisibilityAsync(SqsSdkMapping.ToSdk(request), cancellationToken));

    /// <inheritdoc />
    public Task<GetQueueUrlResponse> GetQueueUrlAsync(GetQueueUrlRequest request, CancellationToken cancellationToken = default) =>
        Call(async () => SqsSdkMapping.From(await _sqs.GetQueueUrlAsync(SqsSdkMapping.ToSdk(request), cancellationToken).ConfigureAwait(false)));

    /// <inheritdoc />
    public void Dispose() => _sqs.Dispose();

    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonServiceException e)
        {
            throw SdkErrors.From("sqs", e, "SqsClientError");
        }
    }
}
