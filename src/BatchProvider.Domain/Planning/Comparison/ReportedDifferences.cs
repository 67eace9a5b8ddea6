using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace BatchProvider.Domain.Planning.Comparison;

/// <summary>
/// Which top-level wire fields of a step's <see cref="Step.After"/> differ from its <see cref="Step.Before"/> once
/// Batch's reported defaults (<see cref="ReportedDefaults"/>) are applied, so that whoever names a remaining
/// difference (the convergence check) names the fields the planner acted on, and never one that differs only in how
/// Batch spells it (an evaluateOnExit action reported lower-cased).
/// </summary>
public static class ReportedDifferences
{
    /// <summary>The differing fields, sorted; empty when either side is missing or not a JSON object.</summary>
    public static ImmutableArray<string> TopLevelFields(ResourceFamily family, string? before, string? after)
    {
        if (before is null || after is null) return [];
        if (JsonNode.Parse(before) is not JsonObject observed || JsonNode.Parse(after) is not JsonObject desired) return [];
        if (family == ResourceFamily.JobDefinition)
        {
            // Job definition rules are rooted at the whole request (propagateTags, retryStrategy.evaluateOnExit[]...).
            var (d, o) = ReportedDefaults.Apply(desired, observed, ReportedDefaults.JobDefinition);
            desired = (JsonObject)d!;
            observed = (JsonObject)o!;
        }
        var fields = ImmutableArray.CreateBuilder<string>();
        foreach (var (name, value) in desired)
        {
            var seen = observed[name];
            var rules = RulesFor(family, name);
            var same = rules.IsEmpty
                ? CanonicalJson.Same(CanonicalJson.Normalize(value), CanonicalJson.Normalize(seen))
                : ReportedDefaults.Apply(value, seen, rules) is var (d, o) && CanonicalJson.Same(d, o);
            if (!same) fields.Add(name);
        }
        fields.Sort(StringComparer.Ordinal);
        return fields.ToImmutable();
    }

    /// <summary>The rules of a member object of a compute environment or scheduling policy, rooted at that member.</summary>
    private static ImmutableArray<NormalisationRule> RulesFor(ResourceFamily family, string field) => (family, field) switch
    {
        (ResourceFamily.ComputeEnvironment, "computeResources") => ReportedDefaults.ComputeResources,
        (ResourceFamily.ComputeEnvironment, "updatePolicy") => ReportedDefaults.UpdatePolicy,
        (ResourceFamily.SchedulingPolicy, "fairsharePolicy") => ReportedDefaults.FairsharePolicy,
        _ => [],
    };
}
