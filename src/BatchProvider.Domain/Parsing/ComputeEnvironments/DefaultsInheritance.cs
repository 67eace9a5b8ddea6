using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;

namespace BatchProvider.Domain.Parsing.ComputeEnvironments;

/// <summary>
/// Applies the stack's <c>Defaults</c> to one compute environment: each property the kind has and the item lacks is
/// copied in, keeping its <c>Defaults.X</c> path so problems point where it was written. A property the kind lacks is
/// simply not inherited (InstanceRole does not reach a Fargate environment). Tag maps merge key by key, the item winning.
/// </summary>
internal static class DefaultsInheritance
{
    private static readonly string[] MergedMaps = ["Tags", "InstanceTags"];

    /// <summary>The item with its defaults, and the paths of what it inherited.</summary>
    public static (MapNode Item, ImmutableSortedDictionary<string, PropertyPath> Inherited) Apply(MapNode item, MapNode? defaults, IReadOnlySet<string> kindProperties)
    {
        if (defaults is null) return (item, ImmutableSortedDictionary<string, PropertyPath>.Empty);
        var entries = item.Entries.ToBuilder();
        var inherited = ImmutableSortedDictionary.CreateBuilder<string, PropertyPath>(StringComparer.Ordinal);
        foreach (var (key, value) in defaults.Entries)
        {
            if (!kindProperties.Contains(key) || key is "Id" or "Kind" || value is NullNode) continue;
            var own = item.Get(key);
            if (own is null or NullNode)
            {
                entries.RemoveAll(e => e.Key == key);
                entries.Add(new(key, value));
                inherited[key] = value.Path;
            }
            else if (MergedMaps.Contains(key) && own is MapNode ownMap && value is MapNode defaultMap)
            {
                var merged = defaultMap.Entries.Where(d => ownMap.Get(d.Key) is null).Concat(ownMap.Entries);
                entries[entries.FindIndex(e => e.Key == key)] = new(key, new MapNode(ownMap.Path, [.. merged]));
            }
        }
        return (new MapNode(item.Path, entries.ToImmutable()), inherited.ToImmutable());
    }

    private static int FindIndex(this ImmutableArray<KeyValuePair<string, Node>>.Builder entries, Predicate<KeyValuePair<string, Node>> match)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (match(entries[i])) return i;
        }
        return -1;
    }

    private static void RemoveAll(this ImmutableArray<KeyValuePair<string, Node>>.Builder entries, Predicate<KeyValuePair<string, Node>> match)
    {
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            if (match(entries[i])) entries.RemoveAt(i);
        }
    }
}
