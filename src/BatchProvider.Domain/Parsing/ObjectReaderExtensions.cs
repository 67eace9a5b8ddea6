namespace BatchProvider.Domain.Parsing;

/// <summary>Typed reads the spec families share on top of <see cref="ObjectReader"/>.</summary>
public static class ObjectReaderExtensions
{
    /// <summary>A whole number that fits Batch's 32-bit integers; the domain range is checked by the rules.</summary>
    public static int? Int(this ObjectReader reader, string name, bool required = false) =>
        (int?)reader.Integer(name, int.MinValue, int.MaxValue, required);
}
