using System.Text.Json.Serialization;

namespace BatchProvider.Lambda.Aws.EventBridge;

/// <summary>Source-generated JSON metadata for the EventBridge shapes; nulls are not sent.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PutEventsRequest))]
[JsonSerializable(typeof(PutEventsResponse))]
public sealed partial class EventBridgeJsonContext : JsonSerializerContext;
