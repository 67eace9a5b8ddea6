using System.Text.Json.Serialization;

namespace BatchProvider.Lambda.Handler;

/// <summary>Source-generated JSON for the events the handler routes.</summary>
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsBatchResponse))]
internal sealed partial class HandlerJsonContext : JsonSerializerContext;
