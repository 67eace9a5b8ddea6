using System.Globalization;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Parsing;

/// <summary>Typed reads the spec families share on top of <see cref="ObjectReader"/>.</summary>
public static class ObjectReaderExtensions
{
    /// <summary>
    /// A whole number that fits Batch's 32-bit integers. The domain range (0..1000 for a priority ...) is left to
    /// the rules, which report it with their own codes.
    /// </summary>
    public static int? Int(this ObjectReader reader, string name, bool required = false)
    {
        var value = reader.Integer(name, required: required);
        if (value is null or (>= int.MinValue and <= int.MaxValue)) return (int?)value;
        reader.Diagnostics.Error(reader.Path.Property(name), DiagnosticCodes.OutOfRange,
            $"{name} is {value.Value.ToString(CultureInfo.InvariantCulture)}, far larger than Batch accepts; use a value below {int.MaxValue.ToString(CultureInfo.InvariantCulture)}.");
        return null;
    }
}
