using System.Text.Json.Serialization;

namespace BatchProvider.Lambda.Runtime;

/// <summary>Source-generated JSON for the Runtime API's error bodies.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RuntimeError))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
