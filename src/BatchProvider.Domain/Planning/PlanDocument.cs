using System.Collections.Immutable;
using System.Text.Json.Nodes;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Planning;

/// <summary>The JSON form of a plan: the steps with before/after as JSON objects, diagnostics flattened to text fields.</summary>
/// <param name="StackName">The stack.</param>
/// <param name="Steps">The steps, in order.</param>
/// <param name="Diagnostics">Each diagnostic as <c>{severity, code, path, message}</c>.</param>
public sealed record PlanDocument(string StackName, ImmutableArray<PlanDocumentStep> Steps, ImmutableArray<PlanDocumentDiagnostic> Diagnostics)
{
    /// <summary>The document of <paramref name="plan"/>.</summary>
    public static PlanDocument From(Plan plan) => new(
        plan.StackName,
        [.. plan.Steps.Select(s => new PlanDocumentStep(s.Id, s.Resource, s.Action, s.Reason, s.ForcedReplaceBy, s.DependsOn, s.Operation,
            s.Before is null ? null : JsonNode.Parse(s.Before), s.After is null ? null : JsonNode.Parse(s.After)))],
        [.. plan.Diagnostics.Select(d => new PlanDocumentDiagnostic(d.Severity.ToString(), d.Code, d.Path.ToString(), d.Message))]);
}

/// <summary>One <see cref="Step"/> in a <see cref="PlanDocument"/>; <see cref="Step.Before"/>/<see cref="Step.After"/> as JSON, not as strings.</summary>
public sealed record PlanDocumentStep(
    string Id,
    ResourceAddress Resource,
    StepAction Action,
    StepReason Reason,
    ImmutableArray<string> ForcedReplaceBy,
    ImmutableArray<string> DependsOn,
    StepOperation Operation,
    JsonNode? Before,
    JsonNode? After);

/// <summary>One diagnostic in a <see cref="PlanDocument"/>.</summary>
public sealed record PlanDocumentDiagnostic(string Severity, string Code, string Path, string Message);
