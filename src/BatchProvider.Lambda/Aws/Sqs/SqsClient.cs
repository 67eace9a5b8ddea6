using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Lambda.Aws.Resilience;

namespace BatchProvider.Lambda.Aws.Sqs;

/// <summary>
/// <see cref="ISqsApi"/> over SQS's AWS JSON 1.0 protocol (<c>X-Amz-Target: AmazonSQS.&lt;Operation&gt;</c>).
/// Every operation is retried as idempotent: a retried send may deliver a message twice, which SQS standard queues
/// allow anyway (delivery is at-least-once, consumers must tolerate duplicates; FIFO queues deduplicate by
/// MessageDeduplicationId); a retried receive only delays messages by their visibility timeout; deletes and
/// visibility changes are idempotent. Like the SDKs, bodies and message attributes are checked against their MD5
/// digests (<see cref="SqsChecksums"/>).
/// </summary>
public sealed class SqsClient : ISqsApi
{
    private static SqsJsonContext Ctx => SqsJsonContext.Default;
    private readonly JsonRpcClient _rpc;

    /// <summary>Creates a client. The attempt timeout is raised to at least 30 s, since a long poll waits up to 20 s.</summary>
    public SqsClient(AwsClientOptions options)
    {
        var retry = options.Retry.AttemptTimeout < TimeSpan.FromSeconds(30) ? options.Retry with { AttemptTimeout = TimeSpan.FromSeconds(30) } : options.Retry;
        _rpc = new JsonRpcClient(new AwsTransport(options with { Retry = retry }), "AmazonSQS", "1.0");
    }

    /// <inheritdoc />
    public async Task<SendMessageResponse> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default)
    {
        var response = await _rpc.CallAsync("SendMessage", request, Ctx.SendMessageRequest, Ctx.SendMessageResponse, OperationSafety.Idempotent, cancellationToken).ConfigureAwait(false);
        SqsChecksums.Verify("body", SqsChecksums.BodyMd5(request.MessageBody), response.MD5OfMessageBody, response.MessageId);
        if (request.MessageAttributes is { Count: > 0 } attributes)
        {
            SqsChecksums.Verify("attributes", SqsChecksums.AttributesMd5(attributes), response.MD5OfMessageAttributes, response.MessageId);
        }

        return response;
    }

    /// <inheritdoc />
    public async Task<SendMessageBatchResponse> SendMessageBatchAsync(SendMessageBatchRequest request, CancellationToken cancellationToken = default)
    {
        var response = await _rpc.CallAsync("SendMessageBatch", request, Ctx.SendMessageBatchRequest, Ctx.SendMessageBatchResponse, OperationSafety.Idempotent, cancellationToken).ConfigureAwait(false);
        foreach (var sent in response.Successful ?? [])
        {
            if (request.Entries.FirstOrDefault(e => e.Id == sent.Id) is { } entry)
            {
                SqsChecksums.Verify("body", SqsChecksums.BodyMd5(entry.MessageBody), sent.MD5OfMessageBody, sent.MessageId);
                if (entry.MessageAttributes is { Count: > 0 } attributes)
                {
                    SqsChecksums.Verify("attributes", SqsChecksums.AttributesMd5(attributes), sent.MD5OfMessageAttributes, sent.MessageId);
                }
            }
        }

        return response;
    }

    /// <inheritdoc />
    public async Task<ReceiveMessageResponse> ReceiveMessageAsync(ReceiveMessageRequest request, CancellationToken cancellationToken = default)
    {
        var response = await _rpc.CallAsync("ReceiveMessage", request, Ctx.ReceiveMessageRequest, Ctx.ReceiveMessageResponse, OperationSafety.Idempotent, cancellationToken).ConfigureAwait(false);
        foreach (var message in response.Messages ?? [])
        {
            SqsChecksums.Verify("body", SqsChecksums.BodyMd5(message.Body ?? ""), message.MD5OfBody, message.MessageId);
            if (message.MessageAttributes is { Count: > 0 } attributes)
            {
                SqsChecksums.Verify("attributes", SqsChecksums.AttributesMd5(attributes), message.MD5OfMessageAttributes, message.MessageId);
            }
        }

        return response;
    }

    /// <inheritdoc />
    public Task DeleteMessageAsync(DeleteMessageRequest request, CancellationToken cancellationToken = default) =>
        _rpc.CallAsync("DeleteMessage", request, Ctx.DeleteMessageRequest, Ctx.SqsEmptyResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    public Task<DeleteMessageBatchResponse> DeleteMessageBatchAsync(DeleteMessageBatchRequest request, CancellationToken cancellationToken = default) =>
        _rpc.CallAsync("DeleteMessageBatch", request, Ctx.DeleteMessageBatchRequest, Ctx.DeleteMessageBatchResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    public Task ChangeMessageVisibilityAsync(ChangeMessageVisibilityRequest request, CancellationToken cancellationToken = default) =>
        _rpc.CallAsync("ChangeMessageVisibility", request, Ctx.ChangeMessageVisibilityRequest, Ctx.SqsEmptyResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    public Task<GetQueueUrlResponse> GetQueueUrlAsync(GetQueueUrlRequest request, CancellationToken cancellationToken = default) =>
        _rpc.CallAsync("GetQueueUrl", request, Ctx.GetQueueUrlRequest, Ctx.GetQueueUrlResponse, OperationSafety.Idempotent, cancellationToken);

    /// <summary>The transport, for tests.</summary>
    internal AwsTransport Transport => _rpc.Transport;
}
