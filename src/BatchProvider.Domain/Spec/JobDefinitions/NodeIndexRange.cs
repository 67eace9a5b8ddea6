using System.Globalization;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>
/// A parsed node range of a multi-node job, as Batch's <c>targetNodes</c> writes it: <c>"0:3"</c> (nodes 0 to 3),
/// <c>"4:"</c> (node 4 to the last), <c>":3"</c> (node 0 to 3) or <c>"2"</c> (node 2 only). Both ends are inclusive.
/// </summary>
/// <param name="From">First node; null for ":b" (from node 0).</param>
/// <param name="To">Last node; null for "a:" (to the last node).</param>
public readonly record struct NodeIndexRange(int? From, int? To)
{
    /// <summary>The range written in <paramref name="text"/>, or null when it is not a node range.</summary>
    public static NodeIndexRange? Parse(string? text)
    {
        if (text is null) return null;
        var t = text.Trim();
        var colon = t.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return Index(t) is { } single ? new NodeIndexRange(single, single) : null;
        var left = t[..colon];
        var right = t[(colon + 1)..];
        if (left.Length == 0 && right.Length == 0) return null;
        int? from = left.Length == 0 ? null : Index(left);
        int? to = right.Length == 0 ? null : Index(right);
        if ((left.Length > 0 && from is null) || (right.Length > 0 && to is null)) return null;
        return new NodeIndexRange(from, to);
    }

    /// <summary>The first node covered.</summary>
    public int First => From ?? 0;

    /// <summary>The last node covered in a job of <paramref name="numNodes"/> nodes.</summary>
    public int LastIn(int numNodes) => To ?? numNodes - 1;

    /// <summary>The highest node index this range names explicitly (used to compute a default node count).</summary>
    public int HighestNamed => Math.Max(From ?? 0, To ?? 0);

    private static int? Index(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v <= 10_000 ? v : null;
}
