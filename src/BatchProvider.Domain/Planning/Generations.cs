using System.Collections.Immutable;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Observed;

namespace BatchProvider.Domain.Planning;

/// <summary>The observed generations of one desired CE or queue (<c>{Name}-{Id}</c>, <c>-g2</c>, ...).</summary>
internal static class Generations
{
    /// <summary>
    /// Every observed resource of spec item <paramref name="id"/> named <paramref name="baseName"/> or one of its
    /// generations, newest first. DELETING ones are left out: they are on their way and only waited on by removals.
    /// </summary>
    public static List<ObservedResource<T>> Of<T>(ImmutableArray<ObservedResource<T>> observed, string id, string baseName, Func<T, string?> status) =>
        observed
            .Where(r => r.Id == id && ResourceNames.GenerationOf(r.Name, baseName) is not null && status(r.Detail) != "DELETING")
            .OrderByDescending(r => ResourceNames.GenerationOf(r.Name, baseName))
            .ToList();
}
