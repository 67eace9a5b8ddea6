using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Parsing;

/// <summary>Typed reads the spec families share on top of <see cref="ObjectReader"/>.</summary>
public static class ObjectReaderExtensions
{
    /// <summary>
    /// A whole number that fits Batch's 32-bit integers. The domain range (0..1000 for a priority ...) is left to
    /// the rules, which report it with their own codes.
    /// </summary>
    /// <param name="reader">The object being read.</param>
    /// <param name="name">The property.</param>
    /// <param name="whatIsValid">Ends the message for text that is not a whole number, e.g. <see cref="ParsingMessages.WholeNumberFrom"/>.</param>
    /// <param name="required">True to report a missing value.</param>
    public static int? Int(this ObjectReader reader, string name, string whatIsValid, bool required = false)
    {
        var value = reader.Integer(name, required: required, whatIsValid: whatIsValid);
        if (value is null or (>= int.MinValue and <= int.MaxValue)) return (int?)value;
        reader.Diagnostics.Error(reader.Path.Property(name), DiagnosticCodes.OutOfRange,
            ParsingMessages.BeyondInt32(name, value.Value));
        return null;
    }
}
