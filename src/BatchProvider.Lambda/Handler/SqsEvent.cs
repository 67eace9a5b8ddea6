using System.Text.Json.Serialization;

namespace BatchProvider.Lambda.Handler;

/// <summary>The part of Lambda's SQS event the handler reads (https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html).</summary>
public sealed record SqsEvent(
    [property: JsonPropertyName("Records")] IReadOnlyList<SqsEventRecord> Records);

/// <summary>One message of an SQS event.</summary>
public sealed record SqsEventRecord(
    [property: JsonPropertyName("messageId")] string MessageId,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("eventSource")] string? EventSource,
    [property: JsonPropertyName("attributes")] IReadOnlyDictionary<string, string>? Attributes)
{
    /// <summary>SQS's ApproximateReceiveCount (1 on the first delivery).</summary>
    public int ReceiveCount => Attributes is not null && Attributes.TryGetValue("ApproximateReceiveCount", out var text) && int.TryParse(text, out var n) ? n : 1;
}

/// <summary>The partial batch response: the messages SQS must deliver again (needs ReportBatchItemFailures on the mapping).</summary>
public sealed record SqsBatchResponse(
    [property: JsonPropertyName("batchItemFailures")] IReadOnlyList<SqsBatchItemFailure> BatchItemFailures);

/// <summary>One message to redeliver.</summary>
public sealed record SqsBatchItemFailure(
    [property: JsonPropertyName("itemIdentifier")] string ItemIdentifier);
