using System.Collections.Immutable;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Planning;

/// <summary>
/// Collects steps in the order they are added. Every dependency must name a step added earlier, which keeps the
/// list a topological order by construction; a null dependency means "already satisfied" and is dropped.
/// </summary>
internal sealed class PlanBuilder
{
    private readonly List<Step> _steps = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public ImmutableArray<Step> Steps => [.. _steps];

    public string Add(Change change, string name, string verb, StepOperation operation, IEnumerable<string?> dependsOn)
    {
        var id = $"{Prefix(change.Family)}/{change.Id}/{verb}:{name}";
        var unique = id;
        for (var n = 2; !_ids.Add(unique); n++) unique = $"{id}#{n}";
        var deps = dependsOn.OfType<string>().Distinct(StringComparer.Ordinal).ToImmutableArray();
        if (deps.FirstOrDefault(d => !_ids.Contains(d) || d == unique) is { } missing)
        {
            throw new InvalidOperationException($"Step {unique} depends on {missing}, which is not planned before it.");
        }
        _steps.Add(new Step(unique, new ResourceAddress(change.Family, change.Id, name), change.Action, change.Reason,
            change.ForcedReplaceBy, change.Before, change.After, deps, operation));
        return unique;
    }

    public string Add(Change change, string name, string verb, StepOperation operation, params string?[] dependsOn) =>
        Add(change, name, verb, operation, (IEnumerable<string?>)dependsOn);

    private static string Prefix(ResourceFamily family) => family switch
    {
        ResourceFamily.ComputeEnvironment => "ce",
        ResourceFamily.JobQueue => "jq",
        ResourceFamily.SchedulingPolicy => "sp",
        ResourceFamily.JobDefinition => "jd",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Not a resource family."),
    };
}
