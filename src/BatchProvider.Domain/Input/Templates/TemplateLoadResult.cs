using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Input.Templates;

/// <summary>What <see cref="TemplateLoader"/> found: the BatchStacks of the document and any problems reading it.</summary>
/// <param name="Stacks">Every BatchStack in the document, in template order (a bare spec is one stack without a logical id).</param>
/// <param name="Diagnostics">Problems with the document itself; an error means it could not be read.</param>
public sealed record TemplateLoadResult(ImmutableArray<BatchStackResource> Stacks, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the document could not be read or holds no BatchStack.</summary>
    public bool Failed => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The names in the template's <c>Parameters</c> section (empty for a bare spec or an unreadable document).</summary>
    public ImmutableArray<string> DeclaredParameters { get; init; } = [];
}
