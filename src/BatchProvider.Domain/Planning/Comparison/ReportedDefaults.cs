using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace BatchProvider.Domain.Planning.Comparison;

/// <summary>
/// The one place that says what Batch fills in or reports differently from the request, per compared object, so that
/// the planner can compare the whole expanded request with what Describe returns (<see cref="CanonicalJson.Same"/>):
/// a member removed from the spec is then a change, and a member Batch filled in is not. Every rule is AWS behaviour
/// (batch-rules.md, table of API defaults); nothing here hides a difference of an emulator (moto's dropped
/// updatePolicy, jobStateTimeLimitActions and nodeProperties stay differences).
/// </summary>
internal static class ReportedDefaults
{
    /// <summary>
    /// <c>computeResources</c> of a compute environment, compared member by member (<c>desiredvCpus</c> is Batch's to
    /// move and is planned on its own, only ever raised).
    /// </summary>
    public static readonly ImmutableArray<NormalisationRule> ComputeResources =
    [
        // ComputeResource.allocationStrategy: "If the allocation strategy isn't specified, the default is BEST_FIT".
        NormalisationRule.Default("allocationStrategy", "BEST_FIT"),
        // Without ec2Configuration Batch picks its default image type of the day (ECS_AL2 until 2026-01-12, ECS_AL2023
        // since) and reports it; the expander always sends one, so this only covers requests built without it.
        NormalisationRule.ChosenByBatch("ec2Configuration"),
        // "If you leave this field empty, the default value is 100% of the On-Demand price" (ComputeResource.bidPercentage).
        NormalisationRule.Default("bidPercentage", 100),
        // LaunchTemplateSpecification.version: "If the value is $Default, the default version ... is used" and it is the default.
        NormalisationRule.Default("launchTemplate.version", "$Default"),
        NormalisationRule.Default("launchTemplate.overrides[].version", "$Default"),
        // "The default value is the latest image version that Batch supports" (Ec2Configuration.imageKubernetesVersion).
        NormalisationRule.ChosenByBatch("ec2Configuration[].imageKubernetesVersion"),
    ];

    /// <summary>A compute environment's <c>updatePolicy</c>; Batch reports the defaults when none was given.</summary>
    public static readonly ImmutableArray<NormalisationRule> UpdatePolicy =
    [
        NormalisationRule.Default("terminateJobsOnUpdate", false),
        NormalisationRule.Default("jobExecutionTimeoutMinutes", 30),
    ];

    /// <summary>A scheduling policy's <c>fairsharePolicy</c>.</summary>
    public static readonly ImmutableArray<NormalisationRule> FairsharePolicy =
    [
        NormalisationRule.Default("shareDecaySeconds", 0),
        NormalisationRule.Default("computeReservation", 0),
    ];

    /// <summary>A job definition, compared as a RegisterJobDefinition request.</summary>
    public static readonly ImmutableArray<NormalisationRule> JobDefinition =
    [
        NormalisationRule.Default("propagateTags", false),
        // RegisterJobDefinition.platformCapabilities: "If no value is specified, it defaults to EC2."
        NormalisationRule.Default("platformCapabilities", new JsonArray("EC2")),
        // EvaluateOnExit.action: "The values aren't case sensitive"; Batch reports them lower-cased.
        NormalisationRule.CaseInsensitive("retryStrategy.evaluateOnExit[].action"),
        // EksPodProperties: hostNetwork defaults to true and dnsPolicy follows from it; Batch reports both.
        NormalisationRule.Default("eksProperties.podProperties.hostNetwork", true),
        NormalisationRule.ChosenByBatch("eksProperties.podProperties.dnsPolicy"),
    ];

    /// <summary>
    /// Both trees normalised by <paramref name="rules"/> (copies; the inputs are not changed). An absent object counts
    /// as an empty one, so it takes the defaults too: no updatePolicy is the default updatePolicy.
    /// </summary>
    public static (JsonNode? Desired, JsonNode? Observed) Apply(JsonNode? desired, JsonNode? observed, ImmutableArray<NormalisationRule> rules)
    {
        var d = desired?.DeepClone() ?? new JsonObject();
        var o = observed?.DeepClone() ?? new JsonObject();
        foreach (var rule in rules) Visit(d, o, rule.Path.Split('.'), 0, rule);
        return (CanonicalJson.Normalize(d), CanonicalJson.Normalize(o));
    }

    /// <summary><paramref name="value"/> with the defaults of <paramref name="rules"/> written out, for a request that must state them.</summary>
    public static T? Filled<T>(T? value, JsonTypeInfo<T> typeInfo, ImmutableArray<NormalisationRule> rules) =>
        Apply(CanonicalJson.ToNode(value, typeInfo), null, rules).Desired is { } node ? node.Deserialize(typeInfo) : default;

    private static void Visit(JsonNode? desired, JsonNode? observed, string[] segments, int at, NormalisationRule rule)
    {
        var segment = segments[at];
        var isList = segment.EndsWith("[]", StringComparison.Ordinal);
        var name = isList ? segment[..^2] : segment;
        var d = desired as JsonObject;
        var o = observed as JsonObject;
        if (at == segments.Length - 1 && !isList)
        {
            Leaf(d, o, name, rule);
            return;
        }
        if (!isList)
        {
            Visit(d?[name], o?[name], segments, at + 1, rule);
            return;
        }
        var dl = d?[name] as JsonArray;
        var ol = o?[name] as JsonArray;
        for (var i = 0; i < Math.Max(dl?.Count ?? 0, ol?.Count ?? 0); i++)
        {
            Visit(dl is not null && i < dl.Count ? dl[i] : null, ol is not null && i < ol.Count ? ol[i] : null, segments, at + 1, rule);
        }
    }

    private static void Leaf(JsonObject? desired, JsonObject? observed, string name, NormalisationRule rule)
    {
        switch (rule.Kind)
        {
            case NormalisationKind.Default:
                if (desired is not null && desired[name] is null) desired[name] = rule.Value!.DeepClone();
                if (observed is not null && observed[name] is null) observed[name] = rule.Value!.DeepClone();
                break;
            case NormalisationKind.ChosenByBatch:
                if (desired?[name] is null) observed?.Remove(name);
                break;
            case NormalisationKind.CaseInsensitive:
                Lower(desired, name);
                Lower(observed, name);
                break;
        }
    }

    private static void Lower(JsonObject? node, string name)
    {
        if (node?[name] is JsonValue v && v.TryGetValue<string>(out var text)) node[name] = text.ToLowerInvariant();
    }
}
