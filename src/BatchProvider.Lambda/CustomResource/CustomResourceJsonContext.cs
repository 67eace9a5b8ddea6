using System.Text.Json.Serialization;

namespace BatchProvider.Lambda.CustomResource;

/// <summary>Source-generated (trim/AOT-safe) JSON for the custom-resource protocol.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CustomResourceRequest))]
[JsonSerializable(typeof(CustomResourceResponse))]
internal sealed partial class CustomResourceJsonContext : JsonSerializerContext;
