using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Planning;

/// <summary>
/// What reconciliation will do, as data (Terraform's <c>plans.Plan</c>): produced by <see cref="Planner"/>, printed by
/// the CLI, compared by tests, executed literally by the applier.
/// </summary>
/// <param name="StackName">The BatchStack the plan is for.</param>
/// <param name="Steps">
/// Every step in a valid topological order: each step's <see cref="Step.DependsOn"/> ids appear earlier in the list,
/// so running the steps one by one in list order is always correct. An applier may run independent steps
/// concurrently, but starts a step only after every step it depends on succeeded. Resources that need nothing
/// appear once as a <see cref="StepAction.NoOp"/> step.
/// </param>
/// <param name="Diagnostics">
/// Errors (for example a name collision with a resource the stack does not own) and warnings (for example an INVALID
/// compute environment being replaced). The applier refuses a plan with any error.
/// </param>
public sealed record Plan(string StackName, ImmutableArray<Step> Steps, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error; such a plan must not be applied.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>True when some step changes something (anything other than <see cref="StepAction.NoOp"/>).</summary>
    public bool HasChanges => Steps.Any(s => s.Action != StepAction.NoOp);
}
