using System.Collections.Frozen;
using System.Text.RegularExpressions;
using BatchProvider.Domain.Parsing;

namespace BatchProvider.Domain.Catalog;

/// <summary>
/// Which names a compute environment's <c>instanceTypes</c> may hold (API ComputeResource.instanceTypes): one of
/// Batch's tokens, an EC2 instance family (<c>m6i</c>, Batch then picks its sizes) or a type (<c>m6i.2xlarge</c>).
/// Unlike <see cref="InstanceTypes"/>, which knows the shape of common types only, this knows the name of every EC2
/// family, so a misspelt or invented name is caught without rejecting a real but uncommon type.
/// </summary>
/// <remarks>
/// A type is accepted when its family is known and its size has the form EC2 uses (<c>nano</c> … <c>xlarge</c>,
/// <c>{n}xlarge</c>, <c>metal</c>, <c>metal-{n}xl</c>): which sizes a family offers changes too often (p5.4xlarge
/// arrived in 2025) to refuse one here; Batch reports the rest. Families as of late 2025, from the EC2 instance-type
/// list (https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-types.html); add new ones here.
/// </remarks>
public static partial class InstanceTypeNames
{
    /// <summary>Every EC2 instance family, current and previous generation.</summary>
    public static FrozenSet<string> Families { get; } = new[]
    {
        // General purpose
        "a1", "m1", "m2", "m3", "m4", "m5", "m5a", "m5ad", "m5d", "m5dn", "m5n", "m5zn", "m6a", "m6g", "m6gd", "m6i", "m6id",
        "m6idn", "m6in", "m7a", "m7g", "m7gd", "m7i", "m7i-flex", "m8a", "m8g", "m8gd", "m8i", "m8i-flex", "mac1", "mac2",
        "mac2-m1ultra", "mac2-m2", "mac2-m2pro", "mac-m4", "mac-m4pro", "t1", "t2", "t3", "t3a", "t4g",
        // Compute optimized
        "c1", "c3", "c4", "c5", "c5a", "c5ad", "c5d", "c5n", "c6a", "c6g", "c6gd", "c6gn", "c6i", "c6id", "c6in", "c7a",
        "c7g", "c7gd", "c7gn", "c7i", "c7i-flex", "c8a", "c8g", "c8gd", "c8gn", "c8i", "c8i-flex", "cc2",
        // Memory optimized
        "cr1", "r3", "r4", "r5", "r5a", "r5ad", "r5b", "r5d", "r5dn", "r5n", "r6a", "r6g", "r6gd", "r6i", "r6id", "r6idn",
        "r6in", "r7a", "r7g", "r7gd", "r7i", "r7iz", "r8a", "r8g", "r8gd", "r8i", "r8i-flex", "u-3tb1", "u-6tb1", "u-9tb1",
        "u-12tb1", "u-18tb1", "u-24tb1", "u7i-6tb", "u7i-8tb", "u7i-12tb", "u7in-16tb", "u7in-24tb", "u7in-32tb",
        "u7inh-32tb", "x1", "x1e", "x2gd", "x2idn", "x2iedn", "x2iezn", "x8g", "z1d",
        // Storage optimized
        "d2", "d3", "d3en", "h1", "hs1", "i2", "i3", "i3en", "i4g", "i4i", "i7i", "i7ie", "i8g", "i8ge", "im4gn", "is4gen",
        // Accelerated computing
        "dl1", "dl2q", "f1", "f2", "g2", "g3", "g3s", "g4ad", "g4dn", "g5", "g5g", "g6", "g6e", "g6f", "gr6", "gr6f", "inf1",
        "inf2", "p2", "p3", "p3dn", "p4d", "p4de", "p5", "p5e", "p5en", "p6-b200", "p6-b300", "p6e-gb200", "trn1", "trn1n",
        "trn2", "vt1",
        // High-performance computing
        "hpc6a", "hpc6id", "hpc7a", "hpc7g",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Batch's tokens, which stand for families Batch picks (see <see cref="InstanceTypes"/>).</summary>
    public static IReadOnlyList<string> Tokens { get; } = [InstanceTypes.OptimalToken, InstanceTypes.DefaultX86Token, InstanceTypes.DefaultArm64Token];

    /// <summary>True when Batch would take <paramref name="entry"/> in <c>instanceTypes</c> as a token, a family or a type.</summary>
    public static bool IsValid(string entry)
    {
        var e = entry.Trim();
        if (InstanceTypes.IsToken(e) || Families.Contains(e)) return true;
        var dot = e.IndexOf('.');
        return dot > 0 && Families.Contains(e[..dot]) && SizePattern().IsMatch(e[(dot + 1)..]);
    }

    /// <summary>The valid name closest to <paramref name="entry"/> (a misspelt family, or size of a known family), or null.</summary>
    public static string? Closest(string entry)
    {
        var e = entry.Trim();
        var dot = e.IndexOf('.');
        if (dot < 0) return Suggestions.Closest(e, Families.Concat(Tokens));
        var (family, size) = (e[..dot], e[(dot + 1)..]);
        if (!Families.Contains(family))
            return Suggestions.Closest(family, Families) is { } known && SizePattern().IsMatch(size) ? $"{known}.{size}" : Suggestions.Closest(e, InstanceTypes.All.Select(t => t.Name));
        var sizes = InstanceTypes.Family(family) is { IsEmpty: false } rows ? rows.Select(t => t.Name) : CommonSizes.Select(s => $"{family.ToLowerInvariant()}.{s}");
        return Suggestions.Closest(e, sizes);
    }

    private static readonly string[] CommonSizes = ["medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge", "metal"];

    [GeneratedRegex(@"^(nano|micro|small|medium|large|xlarge|[1-9][0-9]*xlarge|metal|metal-[1-9][0-9]*xl)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
