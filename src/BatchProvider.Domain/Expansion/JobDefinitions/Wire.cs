using System.Collections.Immutable;
using System.Globalization;
using BatchProvider.Domain.Collections;

namespace BatchProvider.Domain.Expansion.JobDefinitions;

/// <summary>Conversions to the wire's value shapes that never throw.</summary>
internal static class Wire
{
    /// <summary>The wire's 32-bit integer; values beyond it are clamped (the validator reports them first).</summary>
    internal static int? Int(long? value) => value is { } v ? (int)Math.Clamp(v, int.MinValue, int.MaxValue) : null;

    /// <summary>"0.25", "0.5", "4": the shortest invariant text, as Batch's resourceRequirements expect.</summary>
    internal static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>Null for an empty list, so that "not given" and "empty" serialize the same.</summary>
    internal static IReadOnlyList<T>? ListOrNull<T>(IEnumerable<T> items) => items.ToImmutableArray() is { Length: > 0 } a ? a : null;

    /// <summary>Null for an empty map.</summary>
    internal static IReadOnlyDictionary<string, string>? MapOrNull(ValueMap<string, string>? map) => map is { Count: > 0 } m ? m.Entries : null;

    /// <summary>Batch's ENABLED / DISABLED for an optional flag.</summary>
    internal static string? Enabled(bool? flag) => flag switch { true => "ENABLED", false => "DISABLED", null => null };
}
