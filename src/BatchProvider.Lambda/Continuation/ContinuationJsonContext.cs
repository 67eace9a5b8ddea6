using System.Text.Json.Serialization;

namespace BatchProvider.Lambda.Continuation;

/// <summary>Source-generated JSON for continuation messages.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ContinuationMessage))]
internal sealed partial class ContinuationJsonContext : JsonSerializerContext;
