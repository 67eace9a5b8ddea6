using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Cli.Input;

/// <summary>FILE after the input pipeline: the loaded document and, per BatchStack, the pipeline's result and every diagnostic.</summary>
/// <param name="Document">What the loader found.</param>
/// <param name="Stacks">Each BatchStack of the document, in template order.</param>
internal sealed record LoadedInput(TemplateLoadResult Document, ImmutableArray<LoadedStack> Stacks)
{
    /// <summary>True when the document or any stack has an error.</summary>
    public bool HasErrors => Document.Failed || Stacks.Any(s => s.HasErrors);
}

/// <summary>One BatchStack through the spec pipeline.</summary>
/// <param name="LogicalId">Its logical id; null for a bare spec.</param>
/// <param name="Result">The spec pipeline's result.</param>
/// <param name="Diagnostics">The pipeline's diagnostics, then (when the command sends requests) one error per unresolved value.</param>
internal sealed record LoadedStack(string? LogicalId, SpecPipelineResult Result, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
