using System.Text.Json.Serialization;

namespace BatchProvider.Domain.Planning;

/// <summary>
/// Source-generated JSON for plans (the CLI's <c>plan --json</c>, logs, golden tests): camelCase like the Batch wire
/// shapes it embeds, enums as names, nulls omitted.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(PlanDocument))]
public sealed partial class PlanJsonContext : JsonSerializerContext;
