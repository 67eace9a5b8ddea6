using System.Collections.Immutable;
using BatchProvider.Domain.Desired;

namespace BatchProvider.Domain.Expansion;

/// <summary>The tags of one resource: the stack's <c>Tags</c>, then the resource's own (which win), then the ownership tags (which always win).</summary>
public static class ResourceTags
{
    /// <summary>The resource families, as written in the <see cref="OwnershipTags.Family"/> tag.</summary>
    public static class Families
    {
        /// <summary>Compute environments.</summary>
        public const string ComputeEnvironment = "ComputeEnvironment";

        /// <summary>Job queues.</summary>
        public const string JobQueue = "JobQueue";

        /// <summary>Scheduling policies.</summary>
        public const string SchedulingPolicy = "SchedulingPolicy";

        /// <summary>Job definitions.</summary>
        public const string JobDefinition = "JobDefinition";
    }

    /// <summary>The merged tags of resource <paramref name="id"/> of <paramref name="family"/>.</summary>
    public static ImmutableSortedDictionary<string, string> For(ExpansionContext context, IReadOnlyDictionary<string, string>? own, string id, string family)
    {
        var tags = context.StackTags.WithComparers(StringComparer.Ordinal).ToBuilder();
        foreach (var (key, value) in own ?? ImmutableSortedDictionary<string, string>.Empty) tags[key] = value;
        foreach (var (key, value) in OwnershipTags.For(context.StackName, id, family)) tags[key] = value;
        return tags.ToImmutable();
    }
}
