using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Parsing;
using BatchProvider.Domain.Validation.JobDefinitions;

namespace BatchProvider.Domain.Validation;

/// <summary>
/// The one door from user input to a <see cref="ValidatedSpec"/>: parse → expand → validate, every problem
/// collected with its path. The Lambda and the CLI both call <see cref="Run"/>; nothing else creates a ValidatedSpec.
/// </summary>
public static class SpecPipeline
{
    /// <summary>Runs the whole pipeline over one BatchStack's <paramref name="properties"/>. Never throws for bad input.</summary>
    /// <param name="properties">The BatchStack's properties.</param>
    /// <param name="now">
    /// The time of the run (the caller's <see cref="TimeProvider"/>), for rules tied to a date such as Batch's AL2
    /// retirement; equal inputs and an equal <paramref name="now"/> give equal results.
    /// </param>
    public static SpecPipelineResult Run(Node properties, DateTimeOffset now)
    {
        var diagnostics = new DiagnosticBag();
        var spec = BatchStackParser.Parse(properties, diagnostics);
        if (spec is null || properties is not MapNode root)
            return new(null, null, null, DiagnosticOrder.Sort(properties, diagnostics.Items));

        var desired = StackExpander.Expand(spec);
        var context = new RuleContext(root, spec, desired, now);
        foreach (var rule in StackRules.All) rule.Check(context, diagnostics);
        foreach (var (jobDefinition, expanded) in spec.JobDefinitions.Zip(desired.JobDefinitions))
            JobDefinitionRules.Validate(jobDefinition, expanded, desired, diagnostics);

        var sorted = DiagnosticOrder.Sort(properties, diagnostics.Items);
        var validated = sorted.Any(d => d.Severity == Severity.Error)
            ? null
            : ValidatedSpec.Trusted(desired, [.. sorted], [.. ComputeEnvironments.ImageRule.RefusedCreations(context)]);
        return new(spec, desired, validated, sorted);
    }
}
