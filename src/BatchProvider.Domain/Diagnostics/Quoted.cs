using System.Globalization;

namespace BatchProvider.Domain.Diagnostics;

/// <summary>
/// How messages show what the user wrote: every message that repeats a value, key or name goes through here, so a
/// 1 MB value gives a message of a line, not of a megabyte.
/// </summary>
public static class Quoted
{
    /// <summary>The most characters of one value a message repeats (64).</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// The most characters of one key a property path shows (256): longer than any key Batch accepts (tag keys
    /// take 128), so only a key that is wrong anyway is cut.
    /// </summary>
    public const int MaxKeyLength = 256;

    /// <summary><c>"value"</c>, or for a long value <c>"its first characters…" (N characters)</c>.</summary>
    public static string Value(string? text, int maxLength = MaxLength) => text is null ? "\"\"" :
        text.Length <= maxLength ? $"\"{text}\"" : $"\"{Head(text, maxLength)}…\" ({Count(text)} characters)";

    /// <summary>The value without quotes, cut the same way: for names and ids a message shows bare.</summary>
    public static string Bare(string? text, int maxLength = MaxLength) => text is null ? "" :
        text.Length <= maxLength ? text : $"{Head(text, maxLength)}… ({Count(text)} characters)";

    /// <summary>Names a message lists ("use one of a, b, c"), each cut like <see cref="Bare"/>.</summary>
    public static string List(IEnumerable<string> names) => string.Join(", ", names.Select(n => Bare(n)));

    // Never split a surrogate pair: the cut text stays valid UTF-16.
    private static string Head(string text, int maxLength)
    {
        var length = maxLength - 1;
        if (char.IsHighSurrogate(text[length - 1])) length--;
        return text[..length];
    }

    private static string Count(string text) => text.Length.ToString("N0", CultureInfo.InvariantCulture);
}
