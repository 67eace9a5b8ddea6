using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Planning;

/// <summary>
/// Tag changes on an existing resource, in place through TagResource/UntagResource (the API allows it on every
/// family even where CloudFormation replaces). Keys starting with <c>aws:</c> are AWS's and never removed.
/// </summary>
internal static class TagDiff
{
    public static ImmutableArray<StepOperation> Operations(string arn, IReadOnlyDictionary<string, string>? desired, IReadOnlyDictionary<string, string>? observed)
    {
        desired ??= ImmutableDictionary<string, string>.Empty;
        observed ??= ImmutableDictionary<string, string>.Empty;
        var toSet = desired.Where(t => !observed.TryGetValue(t.Key, out var v) || v != t.Value)
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var toRemove = observed.Keys
            .Where(k => !desired.ContainsKey(k) && !k.StartsWith("aws:", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        var operations = ImmutableArray.CreateBuilder<StepOperation>();
        if (toSet.Count > 0) operations.Add(new TagResource(new TagResourceRequest { ResourceArn = arn, Tags = toSet }));
        if (toRemove.Length > 0) operations.Add(new UntagResource(new UntagResourceRequest { ResourceArn = arn, TagKeys = toRemove }));
        return operations.ToImmutable();
    }

    /// <summary>Adds the tag steps for one resource; returns the last step id (or <paramref name="after"/> when none).</summary>
    public static string? AddSteps(PlanContext context, Change change, string name, string arn,
        IReadOnlyDictionary<string, string>? desired, IReadOnlyDictionary<string, string>? observed, string? after)
    {
        var last = after;
        foreach (var operation in Operations(arn, desired, observed))
        {
            last = context.Steps.Add(change, name, operation is TagResource ? "tag" : "untag", operation, after);
        }
        return last;
    }
}
