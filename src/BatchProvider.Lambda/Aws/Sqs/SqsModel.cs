namespace BatchProvider.Lambda.Aws.Sqs;

// The request and response records of ISqsApi: immutable, ours, and only what BatchProvider uses, named as in the SQS
// API reference (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/). SqsSdkMapping converts them
// to and from AWSSDK.SQS's mutable model; the SDK checks the MD5 digests, so they are not carried here.

/// <summary>A message attribute: <c>String</c>, <c>Number</c> or <c>Binary</c> (with an optional custom suffix).</summary>
public sealed record MessageAttributeValue
{
    public required string DataType { get; init; }
    public string? StringValue { get; init; }
    public byte[]? BinaryValue { get; init; }
}

/// <summary>SendMessage request.</summary>
public sealed record SendMessageRequest
{
    public required string QueueUrl { get; init; }
    public required string MessageBody { get; init; }
    /// <summary>0-900 seconds; null for the queue's default.</summary>
    public int? DelaySeconds { get; init; }
    public IReadOnlyDictionary<string, MessageAttributeValue>? MessageAttributes { get; init; }
    /// <summary>FIFO queues only.</summary>
    public string? MessageGroupId { get; init; }
    /// <summary>FIFO queues only; makes retried sends exactly-once within 5 minutes.</summary>
    public string? MessageDeduplicationId { get; init; }
}

/// <summary>SendMessage response.</summary>
public sealed record SendMessageResponse
{
    public string? MessageId { get; init; }
    /// <summary>FIFO queues only.</summary>
    public string? SequenceNumber { get; init; }
}

/// <summary>One entry of SendMessageBatch.</summary>
public sealed record SendMessageBatchRequestEntry
{
    public required string Id { get; init; }
    public required string MessageBody { get; init; }
    public int? DelaySeconds { get; init; }
    public IReadOnlyDictionary<string, MessageAttributeValue>? MessageAttributes { get; init; }
    public string? MessageGroupId { get; init; }
    public string? MessageDeduplicationId { get; init; }
}

/// <summary>SendMessageBatch request (up to 10 entries).</summary>
public sealed record SendMessageBatchRequest
{
    public required string QueueUrl { get; init; }
    public required IReadOnlyList<SendMessageBatchRequestEntry> Entries { get; init; }
}

/// <summary>A successful batch entry.</summary>
public sealed record SendMessageBatchResultEntry
{
    public string? Id { get; init; }
    public string? MessageId { get; init; }
}

/// <summary>A failed batch entry.</summary>
public sealed record BatchResultErrorEntry
{
    public string? Id { get; init; }
    public bool SenderFault { get; init; }
    public string? Code { get; init; }
    public string? Message { get; init; }
}

/// <summary>SendMessageBatch response: entries succeed or fail one by one.</summary>
public sealed record SendMessageBatchResponse
{
    public IReadOnlyList<SendMessageBatchResultEntry>? Successful { get; init; }
    public IReadOnlyList<BatchResultErrorEntry>? Failed { get; init; }
}

/// <summary>ReceiveMessage request.</summary>
public sealed record ReceiveMessageRequest
{
    public required string QueueUrl { get; init; }
    /// <summary>1-10.</summary>
    public int? MaxNumberOfMessages { get; init; }
    public int? VisibilityTimeout { get; init; }
    /// <summary>Long polling, 0-20 seconds.</summary>
    public int? WaitTimeSeconds { get; init; }
    /// <summary>Message attribute names to return; <c>All</c> for every one.</summary>
    public IReadOnlyList<string>? MessageAttributeNames { get; init; }
    /// <summary>System attributes to return, e.g. <c>ApproximateReceiveCount</c>, or <c>All</c>.</summary>
    public IReadOnlyList<string>? MessageSystemAttributeNames { get; init; }
}

/// <summary>A received message.</summary>
public sealed record SqsMessage
{
    public string? MessageId { get; init; }
    public string? ReceiptHandle { get; init; }
    public string? Body { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
    public IReadOnlyDictionary<string, MessageAttributeValue>? MessageAttributes { get; init; }
}

/// <summary>ReceiveMessage response.</summary>
public sealed record ReceiveMessageResponse
{
    public IReadOnlyList<SqsMessage>? Messages { get; init; }
}

/// <summary>DeleteMessage request.</summary>
public sealed record DeleteMessageRequest
{
    public required string QueueUrl { get; init; }
    public required string ReceiptHandle { get; init; }
}

/// <summary>One entry of DeleteMessageBatch.</summary>
public sealed record DeleteMessageBatchRequestEntry
{
    public required string Id { get; init; }
    public required string ReceiptHandle { get; init; }
}

/// <summary>DeleteMessageBatch request (up to 10 entries).</summary>
public sealed record DeleteMessageBatchRequest
{
    public required string QueueUrl { get; init; }
    public required IReadOnlyList<DeleteMessageBatchRequestEntry> Entries { get; init; }
}

/// <summary>A successful delete entry.</summary>
public sealed record DeleteMessageBatchResultEntry
{
    public string? Id { get; init; }
}

/// <summary>DeleteMessageBatch response.</summary>
public sealed record DeleteMessageBatchResponse
{
    public IReadOnlyList<DeleteMessageBatchResultEntry>? Successful { get; init; }
    public IReadOnlyList<BatchResultErrorEntry>? Failed { get; init; }
}

/// <summary>ChangeMessageVisibility request.</summary>
public sealed record ChangeMessageVisibilityRequest
{
    public required string QueueUrl { get; init; }
    public required string ReceiptHandle { get; init; }
    /// <summary>0-43200 seconds from now.</summary>
    public required int VisibilityTimeout { get; init; }
}

/// <summary>GetQueueUrl request.</summary>
public sealed record GetQueueUrlRequest
{
    public required string QueueName { get; init; }
    public string? QueueOwnerAWSAccountId { get; init; }
}

/// <summary>GetQueueUrl response.</summary>
public sealed record GetQueueUrlResponse
{
    public string? QueueUrl { get; init; }
}
