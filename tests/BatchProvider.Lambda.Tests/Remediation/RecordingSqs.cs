using System.Collections.Concurrent;
using BatchProvider.Lambda.Aws.Sqs;

namespace BatchProvider.Lambda.Tests.Remediation;

/// <summary>An <see cref="ISqsApi"/> that keeps every SendMessage it is given; remediation uses no other operation.</summary>
public sealed class RecordingSqs : ISqsApi
{
    private readonly ConcurrentQueue<SendMessageRequest> _sent = new();

    public IReadOnlyList<SendMessageRequest> Sent => [.. _sent];

    public Task<SendMessageResponse> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(request);
        return Task.FromResult(new SendMessageResponse { MessageId = $"m-{_sent.Count}" });
    }

    public Task<SendMessageBatchResponse> SendMessageBatchAsync(SendMessageBatchRequest request, CancellationToken cancellationToken = default) => throw Unused();

    public Task<ReceiveMessageResponse> ReceiveMessageAsync(ReceiveMessageRequest request, CancellationToken cancellationToken = default) => throw Unused();

    public Task DeleteMessageAsync(DeleteMessageRequest request, CancellationToken cancellationToken = default) => throw Unused();

    public Task<DeleteMessageBatchResponse> DeleteMessageBatchAsync(DeleteMessageBatchRequest request, CancellationToken cancellationToken = default) => throw Unused();

    public Task ChangeMessageVisibilityAsync(ChangeMessageVisibilityRequest request, CancellationToken cancellationToken = default) => throw Unused();

    public Task<GetQueueUrlResponse> GetQueueUrlAsync(GetQueueUrlRequest request, CancellationToken cancellationToken = default) => throw Unused();

    private static NotSupportedException Unused() => new("remediation only sends messages");
}
