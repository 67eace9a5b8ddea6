using System.Text.Json.Serialization;

namespace BatchProvider.Lambda.Aws.Sqs;

/// <summary>Source-generated JSON metadata for the SQS shapes; nulls are not sent.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(SendMessageResponse))]
[JsonSerializable(typeof(SendMessageBatchRequest))]
[JsonSerializable(typeof(SendMessageBatchResponse))]
[JsonSerializable(typeof(ReceiveMessageRequest))]
[JsonSerializable(typeof(ReceiveMessageResponse))]
[JsonSerializable(typeof(DeleteMessageRequest))]
[JsonSerializable(typeof(DeleteMessageBatchRequest))]
[JsonSerializable(typeof(DeleteMessageBatchResponse))]
[JsonSerializable(typeof(ChangeMessageVisibilityRequest))]
[JsonSerializable(typeof(GetQueueUrlRequest))]
[JsonSerializable(typeof(GetQueueUrlResponse))]
[JsonSerializable(typeof(SqsEmptyResponse))]
public sealed partial class SqsJsonContext : JsonSerializerContext;
