using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Validation;

/// <summary>
/// The one door into planning: a <see cref="DesiredState"/> that passed every rule. Only the validator creates one,
/// so the planner and everything behind it trust their input and never re-check it.
/// </summary>
public sealed class ValidatedSpec
{
    private ValidatedSpec(DesiredState desired, IReadOnlyList<Diagnostic> warnings, IReadOnlyList<RefusedCreation> refusedCreations)
    {
        Desired = desired;
        Warnings = warnings;
        RefusedCreations = refusedCreations;
    }

    /// <summary>The expanded, validated desired state.</summary>
    public DesiredState Desired { get; }

    /// <summary>Warnings found on the way (never errors).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>
    /// Compute environments that may stay as they are but that Batch would refuse to create; the planner reports an
    /// error for each one its plan would create.
    /// </summary>
    public IReadOnlyList<RefusedCreation> RefusedCreations { get; }

    /// <summary>Creates a validated spec; for the validator (and tests) only.</summary>
    internal static ValidatedSpec Trusted(DesiredState desired, IReadOnlyList<Diagnostic> warnings, IReadOnlyList<RefusedCreation>? refusedCreations = null) =>
        new(desired, warnings, refusedCreations ?? []);
}
