using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Parsing.JobDefinitions;

/// <summary>Reads one item of <c>JobDefinitions</c>. (Stub: replaced by the job-definition family.)</summary>
public static class JobDefinitionParser
{
    /// <summary>Parses <paramref name="item"/> (it reads Id and Kind itself and reports unknown properties); null when unusable.</summary>
    public static JobDefinitionSpec? Parse(MapNode item, DiagnosticBag diagnostics) => null;
}
