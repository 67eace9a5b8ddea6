namespace BatchProvider.Domain.Expansion;

/// <summary>
/// Deterministic Batch names. A resource is called <c>{Name}-{Id}</c>; a replacement that must exist beside the
/// resource it replaces takes the next generation suffix, <c>{Name}-{Id}-g2</c>, <c>-g3</c>, ... (the planner picks it).
/// Every Batch name allows 128 letters, digits, '-' and '_'; the validator keeps <c>{Name}-{Id}</c> within
/// <see cref="MaxBaseLength"/> so that any suffix still fits.
/// </summary>
public static class ResourceNames
{
    /// <summary>Batch's limit on every resource name.</summary>
    public const int MaxLength = 128;

    /// <summary>Room left for a generation suffix such as <c>-g999</c>.</summary>
    public const int MaxBaseLength = MaxLength - 6;

    /// <summary>The base name of item <paramref name="id"/> in stack <paramref name="stackName"/>.</summary>
    public static string Base(string stackName, string id) => $"{stackName}-{id}";

    /// <summary>The name of generation <paramref name="generation"/> (1 is the base name itself).</summary>
    public static string WithGeneration(string baseName, int generation) =>
        generation <= 1 ? baseName : $"{baseName}-g{generation}";

    /// <summary>
    /// The generation encoded in <paramref name="name"/> when it is <paramref name="baseName"/> or one of its
    /// generations; otherwise null.
    /// </summary>
    public static int? GenerationOf(string name, string baseName)
    {
        if (name == baseName) return 1;
        if (!name.StartsWith(baseName + "-g", StringComparison.Ordinal)) return null;
        return int.TryParse(name.AsSpan(baseName.Length + 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var g) && g >= 2 ? g : null;
    }
}
