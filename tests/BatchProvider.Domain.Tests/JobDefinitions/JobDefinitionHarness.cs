using System.Collections.Immutable;
using System.Text.Json;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Expansion.JobDefinitions;
using BatchProvider.Domain.Parsing.JobDefinitions;
using BatchProvider.Domain.Spec.JobDefinitions;
using BatchProvider.Domain.Validation.JobDefinitions;

namespace BatchProvider.Domain.Tests.JobDefinitions;

/// <summary>Parse → expand → validate one job-definition item, as the root parser and validator do.</summary>
internal static class JobDefinitionHarness
{
    public static readonly ExpansionContext Context = new("research",
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("team", "research")]));

    public static DesiredState EmptyStack(params DesiredJobDefinition[] jobDefinitions) =>
        new("research", [], [], [], [.. jobDefinitions], new DesiredOptions(0));

    public static (JobDefinitionSpec? Spec, DiagnosticBag Diagnostics) Parse(string json, int index = 0)
    {
        var bag = new DiagnosticBag();
        return (JobDefinitionParser.Parse(NodeJson.Item(json, index), bag), bag);
    }

    /// <summary>Every diagnostic of the item: parse, then (when parsed) rules against <paramref name="stack"/>.</summary>
    public static IReadOnlyList<Diagnostic> Diagnose(string json, Func<DesiredJobDefinition, DesiredState>? stack = null)
    {
        var (spec, bag) = Parse(json);
        if (spec is null) return bag.Items;
        var desired = JobDefinitionExpander.Expand(spec, Context);
        JobDefinitionRules.Validate(spec, desired, (stack ?? (jd => EmptyStack(jd)))(desired), bag);
        return bag.Items;
    }

    public static DesiredJobDefinition Expand(string json)
    {
        var (spec, bag) = Parse(json);
        Assert.True(spec is not null, string.Join("\n", bag.Items));
        return JobDefinitionExpander.Expand(spec!, Context);
    }

    public static string Json(RegisterJobDefinitionRequest request) =>
        JsonSerializer.Serialize(request, BatchApiJsonContext.Default.RegisterJobDefinitionRequest);
}
