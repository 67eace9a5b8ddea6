using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;

namespace BatchProvider.Domain.Validation;

/// <summary>
/// Puts diagnostics in the order a reader meets their paths in the input (a path that does not exist, such as a
/// missing property, sorts with its nearest existing ancestor), and drops repeats of the same code at the same path
/// (a value inherited from <c>Defaults</c> by several compute environments is reported once).
/// </summary>
internal static class DiagnosticOrder
{
    public static ImmutableArray<Diagnostic> Sort(Node input, IEnumerable<Diagnostic> diagnostics)
    {
        var ordinals = new Dictionary<PropertyPath, int>();
        Number(input, ordinals);
        return [.. diagnostics
            .DistinctBy(d => (d.Severity, d.Path, d.Code))
            .Select((d, i) => (d, Ordinal: OrdinalOf(d.Path, ordinals), i))
            .OrderBy(x => x.Ordinal)
            .ThenBy(x => x.i)
            .Select(x => x.d)];
    }

    private static void Number(Node node, Dictionary<PropertyPath, int> ordinals)
    {
        ordinals.TryAdd(node.Path, ordinals.Count);
        switch (node)
        {
            case MapNode map:
                foreach (var (_, value) in map.Entries) Number(value, ordinals);
                break;
            case ListNode list:
                foreach (var item in list.Items) Number(item, ordinals);
                break;
        }
    }

    private static int OrdinalOf(PropertyPath path, Dictionary<PropertyPath, int> ordinals)
    {
        var best = 0;
        var prefix = PropertyPath.Root;
        foreach (var segment in path.Segments)
        {
            prefix = segment is int i ? prefix.Index(i) : prefix.Property((string)segment);
            if (!ordinals.TryGetValue(prefix, out var ordinal)) break;
            best = ordinal;
        }
        return best;
    }
}
