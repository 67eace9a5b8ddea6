using SdkModel = Amazon.SQS.Model;

namespace BatchProvider.Lambda.Aws.Sqs;

/// <summary>
/// Our <see cref="ISqsApi"/> records to AWSSDK.SQS's model and back. The SDK leaves absent collections null
/// (AWSSDK 4), and its binary attribute values are streams.
/// </summary>
internal static class SqsSdkMapping
{
    public static SdkModel.SendMessageRequest ToSdk(SendMessageRequest request) => new()
    {
        QueueUrl = request.QueueUrl,
        MessageBody = request.MessageBody,
        DelaySeconds = request.DelaySeconds,
        MessageAttributes = ToSdk(request.MessageAttributes),
        MessageGroupId = request.MessageGroupId,
        MessageDeduplicationId = request.MessageDeduplicationId,
    };

    public static SendMessageResponse From(SdkModel.SendMessageResponse response) => new()
    {
        MessageId = response.MessageId,
        SequenceNumber = response.SequenceNumber,
    };

    public static SdkModel.SendMessageBatchRequest ToSdk(SendMessageBatchRequest request) => new()
    {
        QueueUrl = request.QueueUrl,
        Entries = [.. request.Entries.Select(e => new SdkModel.SendMessageBatchRequestEntry
        {
            Id = e.Id,
            MessageBody = e.MessageBody,
            DelaySeconds = e.DelaySeconds,
            MessageAttributes = ToSdk(e.MessageAttributes),
            MessageGroupId = e.MessageGroupId,
            MessageDeduplicationId = e.MessageDeduplicationId,
        })],
    };

    public static SendMessageBatchResponse From(SdkModel.SendMessageBatchResponse response) => new()
    {
        Successful = [.. (response.Successful ?? []).Select(s => new SendMessageBatchResultEntry { Id = s.Id, MessageId = s.MessageId })],
        Failed = From(response.Failed),
    };

    public static SdkModel.ReceiveMessageRequest ToSdk(ReceiveMessageRequest request) => new()
    {
        QueueUrl = request.QueueUrl,
        MaxNumberOfMessages = request.MaxNumberOfMessages,
        VisibilityTimeout = request.VisibilityTimeout,
        WaitTimeSeconds = request.WaitTimeSeconds,
        MessageAttributeNames = request.MessageAttributeNames is { } names ? [.. names] : null,
        MessageSystemAttributeNames = request.MessageSystemAttributeNames is { } system ? [.. system] : null,
    };

    public static ReceiveMessageResponse From(SdkModel.ReceiveMessageResponse response) => new()
    {
        Messages = [.. (response.Messages ?? []).Select(m => new SqsMessage
        {
            MessageId = m.MessageId,
            ReceiptHandle = m.ReceiptHandle,
            Body = m.Body,
            Attributes = m.Attributes,
            MessageAttributes = m.MessageAttributes?.ToDictionary(a => a.Key, a => From(a.Value), StringComparer.Ordinal),
        })],
    };

    public static SdkModel.DeleteMessageRequest ToSdk(DeleteMessageRequest request) => new()
    {
        QueueUrl = request.QueueUrl,
        ReceiptHandle = request.ReceiptHandle,
    };

    public static SdkModel.DeleteMessageBatchRequest ToSdk(DeleteMessageBatchRequest request) => new()
    {
        QueueUrl = request.QueueUrl,
        Entries = [.. request.Entries.Select(e => new SdkModel.DeleteMessageBatchRequestEntry { Id = e.Id, ReceiptHandle = e.ReceiptHandle })],
    };

    public static DeleteMessageBatchResponse From(SdkModel.DeleteMessageBatchResponse response) => new()
    {
        Successful = [.. (response.Successful ?? []).Select(s => new DeleteMessageBatchResultEntry { Id = s.Id })],
        Failed = From(response.Failed),
    };

    public static SdkModel.ChangeMessageVisibilityRequest ToSdk(ChangeMessageVisibilityRequest request) => new()
    {
        QueueUrl = request.QueueUrl,
        ReceiptHandle = request.ReceiptHandle,
        VisibilityTimeout = request.VisibilityTimeout,
    };

    public static SdkModel.GetQueueUrlRequest ToSdk(GetQueueUrlRequest request) => new()
    {
        QueueName = request.QueueName,
        QueueOwnerAWSAccountId = request.QueueOwnerAWSAccountId,
    };

    public static GetQueueUrlResponse From(SdkModel.GetQueueUrlResponse response) => new() { QueueUrl = response.QueueUrl };

    private static Dictionary<string, SdkModel.MessageAttributeValue>? ToSdk(IReadOnlyDictionary<string, MessageAttributeValue>? attributes) =>
        attributes?.ToDictionary(a => a.Key, a => new SdkModel.MessageAttributeValue
        {
            DataType = a.Value.DataType,
            StringValue = a.Value.StringValue,
            BinaryValue = a.Value.BinaryValue is { } bytes ? new MemoryStream(bytes, writable: false) : null,
        }, StringComparer.Ordinal);

    private static MessageAttributeValue From(SdkModel.MessageAttributeValue value) => new()
    {
        DataType = value.DataType,
        StringValue = value.StringValue,
        BinaryValue = value.BinaryValue?.ToArray(),
    };

    private static List<BatchResultErrorEntry> From(List<SdkModel.BatchResultErrorEntry>? failed) =>
        [.. (failed ?? []).Select(f => new BatchResultErrorEntry { Id = f.Id, SenderFault = f.SenderFault ?? false, Code = f.Code, Message = f.Message })];
}
