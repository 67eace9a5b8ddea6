using System.Collections.Immutable;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec;

namespace BatchProvider.Domain.Validation;

/// <summary>The outcome of <see cref="SpecPipeline.Run"/>.</summary>
/// <param name="Spec">The parsed spec; null when the properties are not an object.</param>
/// <param name="Desired">The expanded spec, even when there are errors (for <c>expand</c>); null when <paramref name="Spec"/> is.</param>
/// <param name="Validated">The door into planning; only when there is no error.</param>
/// <param name="Diagnostics">Every problem, in the order of the input.</param>
public sealed record SpecPipelineResult(
    BatchStackSpec? Spec,
    DesiredState? Desired,
    ValidatedSpec? Validated,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The warnings only.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);
}
