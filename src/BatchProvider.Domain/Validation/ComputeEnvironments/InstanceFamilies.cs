using System.Text.RegularExpressions;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>CPU architecture of EC2 instance types and families, as far as their names tell.</summary>
public static partial class InstanceFamilies
{
    /// <summary>x86_64.</summary>
    public const string X86 = "x86_64";

    /// <summary>arm64 (Graviton, A1).</summary>
    public const string Arm = "arm64";

    /// <summary>The family of an instance type (<c>m6g.large</c> → <c>m6g</c>) or the class itself.</summary>
    public static string FamilyOf(string instanceType)
    {
        var dot = instanceType.IndexOf('.');
        return (dot < 0 ? instanceType : instanceType[..dot]).ToLowerInvariant();
    }

    /// <summary>
    /// The architecture of an instance type, class or Batch token, or null when unknown. Graviton families carry a
    /// 'g' after the generation digit (m6g, c7gn, r6gd, x2gd, im4gn, is4gen, g5g); A1 is arm64 too; <c>optimal</c>
    /// means <c>default_x86_64</c>.
    /// </summary>
    public static string? ArchitectureOf(string instanceType)
    {
        var family = FamilyOf(instanceType);
        if (family is "optimal" or "default_x86_64") return X86;
        if (family is "default_arm64" or "a1") return Arm;
        var m = FamilyPattern().Match(family);
        if (!m.Success) return null;
        return m.Groups["suffix"].Value.Contains('g') ? Arm : X86;
    }

    /// <summary>True for Batch's special tokens, which are not real instance types.</summary>
    public static bool IsToken(string instanceType) => instanceType is "optimal" or "default_x86_64" or "default_arm64";

    [GeneratedRegex("^(?<series>[a-z]+)(?<generation>[0-9]+)(?<suffix>[a-z-]*)$")]
    private static partial Regex FamilyPattern();
}
