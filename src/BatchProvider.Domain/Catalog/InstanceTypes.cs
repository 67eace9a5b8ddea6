using System.Collections.Frozen;
using System.Collections.Immutable;

namespace BatchProvider.Domain.Catalog;

/// <summary>
/// A static catalog of common EC2 instance types for placement checks ("can any instance this compute environment may
/// launch fit this job?") and stuck-job diagnosis. Lookups never throw; an unknown name gives null (or an empty list),
/// and callers skip the check rather than guess.
/// </summary>
/// <remarks>
/// Besides instance types and families, a compute environment's <c>instanceTypes</c> may hold Batch's tokens
/// (batch-rules.md B; API ComputeResource.instanceTypes):
/// <list type="bullet">
/// <item><see cref="DefaultX86Token"/>: Batch picks from the m6i, c6i, r6i and c7i families.</item>
/// <item><see cref="DefaultArm64Token"/>: Batch picks from the m6g, c6g, r6g and c7g families.</item>
/// <item><see cref="OptimalToken"/>: since 2025-11-01 the same as <c>default_x86_64</c> (before: c4/m4/r4, falling
/// back to c5/m5/r5).</item>
/// </list>
/// </remarks>
public static class InstanceTypes
{
    /// <summary>The <c>optimal</c> token: today the same families as <see cref="DefaultX86Token"/>.</summary>
    public const string OptimalToken = "optimal";

    /// <summary>The <c>default_x86_64</c> token: the m6i, c6i, r6i and c7i families.</summary>
    public const string DefaultX86Token = "default_x86_64";

    /// <summary>The <c>default_arm64</c> token: the m6g, c6g, r6g and c7g families.</summary>
    public const string DefaultArm64Token = "default_arm64";

    /// <summary>
    /// The share of an instance's RAM a job can count on (0.95). Batch reserves memory for the ECS agent and the OS
    /// (https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html); the exact amount varies by AMI, so a
    /// job asking for more than this share is treated as never fitting.
    /// </summary>
    public const decimal UsableMemoryShare = 0.95m;

    /// <summary>The families behind <see cref="DefaultX86Token"/> (and <see cref="OptimalToken"/>).</summary>
    public static ImmutableArray<string> DefaultX86Families { get; } = ["m6i", "c6i", "r6i", "c7i"];

    /// <summary>The families behind <see cref="DefaultArm64Token"/>.</summary>
    public static ImmutableArray<string> DefaultArm64Families { get; } = ["m6g", "c6g", "r6g", "c7g"];

    private static readonly ImmutableArray<InstanceTypeInfo> AllRows = InstanceTypeTable.Build();
    private static readonly FrozenDictionary<string, InstanceTypeInfo> ByName =
        AllRows.ToFrozenDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<string, ImmutableArray<InstanceTypeInfo>> ByFamily =
        AllRows.GroupBy(t => t.Family, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(t => t.Vcpus).ThenBy(t => t.MemoryMiB).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every instance type in the catalog.</summary>
    public static ImmutableArray<InstanceTypeInfo> All => AllRows;

    /// <summary>The instance type called <paramref name="name"/> (e.g. <c>g5.xlarge</c>, case-insensitive), or null when unknown.</summary>
    public static InstanceTypeInfo? Find(string name) => ByName.GetValueOrDefault(name.Trim());

    /// <summary>Every size of family <paramref name="family"/> (e.g. <c>m6i</c>), smallest first; empty when unknown.</summary>
    public static ImmutableArray<InstanceTypeInfo> Family(string family) =>
        ByFamily.TryGetValue(family.Trim(), out var sizes) ? sizes : [];

    /// <summary>The largest size of <paramref name="family"/> (most vCPUs, then most memory), or null when unknown.</summary>
    public static InstanceTypeInfo? LargestOf(string family) => Family(family) is { IsEmpty: false } sizes ? sizes[^1] : null;

    /// <summary>
    /// What one entry of a compute environment's <c>instanceTypes</c> allows: an exact type gives itself, a family
    /// gives all its sizes, a token gives the sizes of its families. Null when the entry is unknown to the catalog.
    /// </summary>
    public static ImmutableArray<InstanceTypeInfo>? Resolve(string entry)
    {
        var e = entry.Trim();
        if (e.Equals(OptimalToken, StringComparison.OrdinalIgnoreCase) || e.Equals(DefaultX86Token, StringComparison.OrdinalIgnoreCase))
            return [.. DefaultX86Families.SelectMany(f => Family(f))];
        if (e.Equals(DefaultArm64Token, StringComparison.OrdinalIgnoreCase))
            return [.. DefaultArm64Families.SelectMany(f => Family(f))];
        if (Find(e) is { } exact) return [exact];
        return ByFamily.TryGetValue(e, out var sizes) ? sizes : null;
    }

    /// <summary>
    /// The one CPU architecture of everything <paramref name="entry"/> allows (a type, a family or a token); null when
    /// the entry is unknown.
    /// </summary>
    public static CpuArchitecture? ArchitectureOf(string entry) =>
        Resolve(entry) is { IsEmpty: false } types && types.All(t => t.Architecture == types[0].Architecture) ? types[0].Architecture : null;

    /// <summary>
    /// Everything a whole <c>instanceTypes</c> list allows, without duplicates; null when any entry is unknown
    /// (a partial answer would make "nothing fits" claims wrong). An empty or missing list also gives null.
    /// </summary>
    public static ImmutableArray<InstanceTypeInfo>? ResolveAll(IEnumerable<string>? entries)
    {
        if (entries is null) return null;
        var result = new Dictionary<string, InstanceTypeInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (Resolve(entry) is not { } types) return null;
            foreach (var t in types) result.TryAdd(t.Name, t);
        }
        return result.Count == 0 ? null : [.. result.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }
}
