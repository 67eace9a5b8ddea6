using System.Text.Json.Serialization;

namespace BatchProvider.Domain.Planning;

/// <summary>Source-generated JSON for plans (the CLI's <c>plan --json</c>, logs, golden tests). Enums as names, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(Plan))]
public sealed partial class PlanJsonContext : JsonSerializerContext;
