using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace BatchProvider.Domain.Planning;

/// <summary>The JSON form of a plan: the steps as they are, diagnostics flattened to text fields.</summary>
/// <param name="StackName">The stack.</param>
/// <param name="Steps">The steps, in order.</param>
/// <param name="Diagnostics">Each diagnostic as <c>{severity, code, path, message}</c>.</param>
public sealed record PlanDocument(string StackName, ImmutableArray<Step> Steps, ImmutableArray<PlanDocumentDiagnostic> Diagnostics)
{
    /// <summary>The document of <paramref name="plan"/>.</summary>
    public static PlanDocument From(Plan plan) => new(plan.StackName, plan.Steps,
        [.. plan.Diagnostics.Select(d => new PlanDocumentDiagnostic(d.Severity.ToString(), d.Code, d.Path.ToString(), d.Message))]);
}

/// <summary>One diagnostic in a <see cref="PlanDocument"/>.</summary>
public sealed record PlanDocumentDiagnostic(string Severity, string Code, string Path, string Message);

/// <summary>Source-generated JSON for plans (the CLI's <c>plan --json</c>, logs, golden tests). Enums as names, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(PlanDocument))]
public sealed partial class PlanJsonContext : JsonSerializerContext;
