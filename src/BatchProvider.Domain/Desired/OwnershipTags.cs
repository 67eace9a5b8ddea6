using System.Collections.Immutable;

namespace BatchProvider.Domain.Desired;

/// <summary>
/// The tags that mark a Batch resource as owned by one BatchStack. The provider reads, changes and deletes only
/// resources that carry <see cref="Stack"/> with the stack's name; anything else with a colliding name is reported,
/// never adopted.
/// </summary>
public static class OwnershipTags
{
    /// <summary>Tag key whose value is the BatchStack's <c>Name</c>.</summary>
    public const string Stack = "batchprovider:stack";

    /// <summary>Tag key whose value is the resource's <c>Id</c> in the spec.</summary>
    public const string LogicalId = "batchprovider:id";

    /// <summary>Tag key whose value is the resource family: ComputeEnvironment, JobQueue, SchedulingPolicy, JobDefinition.</summary>
    public const string Family = "batchprovider:family";

    /// <summary>The ownership tags for one resource.</summary>
    public static ImmutableSortedDictionary<string, string> For(string stackName, string id, string family) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [
            new KeyValuePair<string, string>(Stack, stackName),
            new KeyValuePair<string, string>(LogicalId, id),
            new KeyValuePair<string, string>(Family, family),
        ]);

    /// <summary>True when <paramref name="tags"/> say the resource belongs to <paramref name="stackName"/>.</summary>
    public static bool IsOwnedBy(IReadOnlyDictionary<string, string>? tags, string stackName) =>
        tags is not null && tags.TryGetValue(Stack, out var owner) && owner == stackName;
}
