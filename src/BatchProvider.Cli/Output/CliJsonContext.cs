using System.Text.Json.Serialization;

namespace BatchProvider.Cli.Output;

/// <summary>Source-generated JSON for the CLI's own documents (the Batch requests inside are already JSON elements).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValidateReport))]
[JsonSerializable(typeof(ExpandReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
