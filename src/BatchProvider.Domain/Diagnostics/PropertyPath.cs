using System.Collections.Immutable;
using System.Text;

namespace BatchProvider.Domain.Diagnostics;

/// <summary>
/// A location in the user's properties, rendered in the template's own names: <c>JobQueues[0].ComputeEnvironments[1]</c>.
/// A key that is empty or holds '[', ']', '"' or white space renders quoted (<c>Tags[""]</c>); one longer than
/// <see cref="Quoted.MaxKeyLength"/> is cut. Immutable and value-equal.
/// </summary>
public sealed class PropertyPath : IEquatable<PropertyPath>
{
    private readonly ImmutableArray<object> _segments; // string = property, int = list index

    private PropertyPath(ImmutableArray<object> segments) => _segments = segments;

    /// <summary>The properties object itself.</summary>
    public static PropertyPath Root { get; } = new([]);

    /// <summary>True for <see cref="Root"/>.</summary>
    public bool IsRoot => _segments.IsEmpty;

    /// <summary>The segments: <see cref="string"/> for a property name, <see cref="int"/> for a list index.</summary>
    public ImmutableArray<object> Segments => _segments;

    /// <summary>The path of property <paramref name="name"/> below this one.</summary>
    public PropertyPath Property(string name) => new(_segments.Add(name));

    /// <summary>The path of list item <paramref name="index"/> below this one.</summary>
    public PropertyPath Index(int index) => new(_segments.Add(index));

    /// <summary>Parses the rendering produced by <see cref="ToString"/> for plain names; quoted keys (<c>[""]</c>) and cut long names are not supported.</summary>
    public static PropertyPath Parse(string text)
    {
        var path = Root;
        foreach (var part in text.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[');
            path = path.Property(bracket < 0 ? part : part[..bracket]);
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                path = path.Index(int.Parse(part[(bracket + 1)..close], System.Globalization.CultureInfo.InvariantCulture));
                bracket = part.IndexOf('[', close);
            }
        }
        return path;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var segment in _segments)
        {
            if (segment is int i)
            {
                sb.Append('[').Append(i).Append(']');
            }
            else if (IsPlainName((string)segment))
            {
                if (sb.Length > 0) sb.Append('.');
                sb.Append(Quoted.Bare((string)segment, Quoted.MaxKeyLength));
            }
            else
            {
                // An empty key, or one with brackets, quotes or spaces, would otherwise render as no name or as a
                // different path: it is written as a quoted key, JSONPath-style (Tags[""], Environment["a b"]).
                sb.Append('[').Append(Quoted.Value(((string)segment).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal), Quoted.MaxKeyLength)).Append(']');
            }
        }
        return sb.ToString();
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.All(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('[' or ']' or '"'));

    /// <inheritdoc />
    public bool Equals(PropertyPath? other) => other is not null && _segments.SequenceEqual(other._segments);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PropertyPath);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var s in _segments) hash.Add(s);
        return hash.ToHashCode();
    }
}
