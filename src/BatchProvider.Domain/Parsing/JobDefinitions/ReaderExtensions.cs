using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Parsing;

namespace BatchProvider.Domain.Parsing.JobDefinitions;

/// <summary>Typed reads the job-definition parsers share on top of <see cref="ObjectReader"/>.</summary>
internal static class ReaderExtensions
{
    /// <summary>
    /// Reads list <paramref name="name"/> whose items are objects: each item gets its own reader (reported unknown
    /// properties included); items of another shape are reported and skipped.
    /// </summary>
    internal static ImmutableArray<T> Objects<T>(this ObjectReader reader, string name, string kind, Func<ObjectReader, T?> read, IEnumerable<string>? family = null)
        where T : class
    {
        if (reader.List(name) is not { } items) return [];
        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var item in items)
        {
            if (item is not MapNode map)
            {
                reader.TypeError(item, "an object");
                continue;
            }
            var itemReader = new ObjectReader(map, reader.Diagnostics, kind, family);
            if (read(itemReader) is { } value) result.Add(value);
            itemReader.Finish();
        }
        return result.ToImmutable();
    }

    /// <summary>Reads nested object <paramref name="name"/> with its own reader; null when absent or not an object.</summary>
    internal static T? Nested<T>(this ObjectReader reader, string name, string kind, Func<ObjectReader, T> read)
        where T : class
    {
        if (reader.Object(name) is not { } map) return null;
        var nested = new ObjectReader(map, reader.Diagnostics, kind);
        var value = read(nested);
        nested.Finish();
        return value;
    }

    /// <summary>
    /// One of <paramref name="allowed"/>, or null. Unlike <see cref="ObjectReader.Enum"/> it never returns an
    /// unresolved intrinsic: a choice that decides how the rest is read must be literal (an error when
    /// <paramref name="mustBeLiteral"/>), otherwise the rules that need it are skipped with a warning.
    /// </summary>
    internal static string? Choice(this ObjectReader reader, string name, IReadOnlyCollection<string> allowed, bool required = false, bool mustBeLiteral = false)
    {
        var value = reader.Enum(name, allowed, required);
        if (!OpaqueValue.Is(value)) return value;
        var path = reader.Path.Property(name);
        if (mustBeLiteral)
            reader.Diagnostics.Error(path, DiagnosticCodes.WrongType, $"{name} must be written out as one of {string.Join(", ", allowed)}, not computed at deploy time.");
        else
            reader.Diagnostics.Warning(path, DiagnosticCodes.UnresolvedValue, $"{name} is {value}, which is known only at deploy time; the rules that need its value were skipped.");
        return null;
    }

    /// <summary>A string map, empty when absent.</summary>
    internal static ImmutableSortedDictionary<string, string> Map(this ObjectReader reader, string name) =>
        reader.StringMap(name) ?? ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>A whole number that fits the wire's 32-bit integers; range rules are the validator's.</summary>
    internal static long? Int(this ObjectReader reader, string name, string whatIsValid) => reader.Integer(name, int.MinValue, int.MaxValue, whatIsValid: whatIsValid);

    /// <summary>A decimal number (vCPUs: 0.25, 0.5, 1 ...).</summary>
    internal static decimal? Decimal(this ObjectReader reader, string name) =>
        reader.Number(name, 0, 1_000_000) is { } d ? (decimal)d : null;

    /// <summary>A size in whole GiB: "50 GiB", "51200 MiB", or a plain number of GiB.</summary>
    internal static long? SizeGiB(this ObjectReader reader, string name)
    {
        if (reader.Raw(name) is ScalarNode s && Scalars.Integer(s.Value) is { Success: true } plain) return plain.Value;
        var mib = reader.SizeMiB(name);
        if (mib is null) return null;
        if (mib % 1024 == 0) return mib / 1024;
        reader.Diagnostics.Error(reader.Path.Property(name), DiagnosticCodes.WrongType, $"{name} is {mib} MiB, which is not a whole number of GiB; write it in GiB, such as 50 GiB.");
        return null;
    }
}
