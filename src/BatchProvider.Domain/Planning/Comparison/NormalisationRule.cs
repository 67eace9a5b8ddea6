using System.Text.Json.Nodes;

namespace BatchProvider.Domain.Planning.Comparison;

/// <summary>
/// One thing Batch does to a member between the request and Describe, at a dotted wire path below the compared
/// object (<c>launchTemplate.version</c>; <c>name[]</c> steps into every item of list <c>name</c>).
/// </summary>
/// <param name="Path">The member, relative to the object being compared.</param>
/// <param name="Kind">What Batch does with it.</param>
/// <param name="Value">For <see cref="NormalisationKind.Default"/>: the value Batch applies when the member is left out.</param>
internal sealed record NormalisationRule(string Path, NormalisationKind Kind, JsonNode? Value = null)
{
    /// <summary>Batch applies <paramref name="value"/> when the member is absent: absent and <paramref name="value"/> are the same.</summary>
    public static NormalisationRule Default(string path, JsonNode value) => new(path, NormalisationKind.Default, value);

    /// <summary>Batch picks a value when the request leaves the member out, and reports it.</summary>
    public static NormalisationRule ChosenByBatch(string path) => new(path, NormalisationKind.ChosenByBatch);

    /// <summary>Batch treats the string case-insensitively (and may report another case).</summary>
    public static NormalisationRule CaseInsensitive(string path) => new(path, NormalisationKind.CaseInsensitive);
}

/// <summary>The kinds of <see cref="NormalisationRule"/>.</summary>
internal enum NormalisationKind
{
    /// <summary>Absent means the documented default: filled in on both sides.</summary>
    Default,

    /// <summary>Absent in the spec means "whatever Batch chose": the observed value is not compared then.</summary>
    ChosenByBatch,

    /// <summary>Compared lower-cased on both sides.</summary>
    CaseInsensitive,
}
