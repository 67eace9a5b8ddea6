namespace BatchProvider.Lambda.Aws.Sqs;

/// <summary>
/// The SQS operations BatchProvider uses (one request and one response record each). Failures throw
/// <see cref="AwsServiceException"/>; a missing queue has <see cref="AwsServiceException.IsNotFound"/>.
/// <see cref="SqsSdkClient"/> implements it with AWSSDK.SQS; tests fake it at this interface.
/// </summary>
public interface ISqsApi
{
    /// <summary>SendMessage.</summary>
    Task<SendMessageResponse> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default);

    /// <summary>SendMessageBatch; entries fail individually (see <see cref="SendMessageBatchResponse.Failed"/>).</summary>
    Task<SendMessageBatchResponse> SendMessageBatchAsync(SendMessageBatchRequest request, CancellationToken cancellationToken = default);

    /// <summary>ReceiveMessage.</summary>
    Task<ReceiveMessageResponse> ReceiveMessageAsync(ReceiveMessageRequest request, CancellationToken cancellationToken = default);

    /// <summary>DeleteMessage.</summary>
    Task DeleteMessageAsync(DeleteMessageRequest request, CancellationToken cancellationToken = default);

    /// <summary>DeleteMessageBatch; entries fail individually.</summary>
    Task<DeleteMessageBatchResponse> DeleteMessageBatchAsync(DeleteMessageBatchRequest request, CancellationToken cancellationToken = default);

    /// <summary>ChangeMessageVisibility.</summary>
    Task ChangeMessageVisibilityAsync(ChangeMessageVisibilityRequest request, CancellationToken cancellationToken = default);

    /// <summary>GetQueueUrl.</summary>
    Task<GetQueueUrlResponse> GetQueueUrlAsync(GetQueueUrlRequest request, CancellationToken cancellationToken = default);
}
