using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;

namespace BatchProvider.Domain.Parsing;

/// <summary>
/// Reads the properties of one object in the spec, typed, reporting every problem to a <see cref="DiagnosticBag"/>
/// and returning null for a value it could not read. <see cref="Finish"/> then reports each property nobody asked
/// for: as "not a property of {kind}" when a sibling kind of the same family has it (so a Fargate compute environment
/// with SpotBidPercentage says so), otherwise as unknown with a "did you mean".
/// </summary>
/// <remarks>Usage: construct, read every property the kind has, call <see cref="Finish"/> once.</remarks>
public sealed class ObjectReader
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly HashSet<string> _familyProperties;

    /// <param name="node">The object to read.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="kind">What this object is, for messages: "a Fargate compute environment".</param>
    /// <param name="familyProperties">Every property name any kind of this family has (may be empty).</param>
    public ObjectReader(MapNode node, DiagnosticBag diagnostics, string kind, IEnumerable<string>? familyProperties = null)
    {
        Node = node;
        Diagnostics = diagnostics;
        Kind = kind;
        _familyProperties = new HashSet<string>(familyProperties ?? [], StringComparer.Ordinal);
    }

    /// <summary>The object being read.</summary>
    public MapNode Node { get; }

    /// <summary>Where problems go.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>What the object is, for messages.</summary>
    public string Kind { get; }

    /// <summary>The path of the object.</summary>
    public PropertyPath Path => Node.Path;

    /// <summary>True when the object has a non-null <paramref name="name"/>. Does not count as reading it.</summary>
    public bool Has(string name) => Node.Get(name) is { } n && n is not NullNode;

    /// <summary>The raw node of <paramref name="name"/>, marked as read; null when absent or null.</summary>
    public Node? Raw(string name)
    {
        _read.Add(name);
        var node = Node.Get(name);
        return node is NullNode ? null : node;
    }

    /// <summary>Marks <paramref name="name"/> as known without reading it (e.g. <c>ServiceToken</c>).</summary>
    public void Ignore(string name) => _read.Add(name);

    /// <summary>Reports that a required property is missing.</summary>
    public void Missing(string name, string whatIsValid) =>
        Diagnostics.Error(Path.Property(name), DiagnosticCodes.RequiredPropertyMissing, ParsingMessages.Required(name, Kind, whatIsValid));

    /// <summary>A string; unresolved intrinsics come back as <see cref="OpaqueValue"/> placeholders.</summary>
    public string? String(string name, bool required = false, string? whatIsValid = null)
    {
        var node = Raw(name);
        switch (node)
        {
            case null:
                if (required) Missing(name, whatIsValid ?? ParsingMessages.Give(ParsingMessages.AString));
                return null;
            case ScalarNode s:
                return s.Value;
            case OpaqueNode o:
                return OpaqueValue.Of(o.Expression);
            default:
                TypeError(node, ParsingMessages.AString);
                return null;
        }
    }

    /// <summary>
    /// A whole number within [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="whatIsValid"/> ends the
    /// message for text that is not a whole number (e.g. <see cref="ParsingMessages.WholeNumberFrom"/>).
    /// </summary>
    public long? Integer(string name, long min = long.MinValue, long max = long.MaxValue, bool required = false, string? whatIsValid = null) =>
        Scalar(name, required, Scalars.Integer, ParsingMessages.AWholeNumber, whatIsValid, v => v >= min && v <= max, v => ParsingMessages.OutOfRange(name, v.ToString(System.Globalization.CultureInfo.InvariantCulture), min.ToString(System.Globalization.CultureInfo.InvariantCulture), max.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A decimal number within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public double? Number(string name, double min = double.MinValue, double max = double.MaxValue, bool required = false) =>
        Scalar(name, required, Scalars.Number, ParsingMessages.ANumber, null, v => v >= min && v <= max, v => ParsingMessages.OutOfRange(name, v.ToString(System.Globalization.CultureInfo.InvariantCulture), min.ToString(System.Globalization.CultureInfo.InvariantCulture), max.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A boolean.</summary>
    public bool? Boolean(string name, bool required = false) =>
        Scalar<bool>(name, required, Scalars.Boolean, ParsingMessages.TrueOrFalse, null, _ => true, _ => "");

    /// <summary>A duration in seconds within [<paramref name="min"/>, <paramref name="max"/>] seconds.</summary>
    public long? Duration(string name, long min = 0, long max = long.MaxValue, bool required = false) =>
        Scalar(name, required, Scalars.DurationSeconds, ParsingMessages.ADuration, null, v => v >= min && v <= max,
            v => ParsingMessages.OutOfRange(name, Scalars.FormatDuration(v), Scalars.FormatDuration(min), max == long.MaxValue ? ParsingMessages.Unbounded : Scalars.FormatDuration(max)));

    /// <summary>A size in MiB within [<paramref name="min"/>, <paramref name="max"/>] MiB.</summary>
    public long? SizeMiB(string name, long min = 0, long max = long.MaxValue, bool required = false) =>
        Scalar(name, required, Scalars.SizeMiB, ParsingMessages.ASize, null, v => v >= min && v <= max,
            v => ParsingMessages.OutOfRange(name, ParsingMessages.MiB(v), ParsingMessages.MiB(min), max == long.MaxValue ? ParsingMessages.Unbounded : ParsingMessages.MiB(max)));

    /// <summary>One of <paramref name="allowed"/> (matched case-insensitively, returned in its canonical spelling).</summary>
    public string? Enum(string name, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var raw = String(name, required, ParsingMessages.UseOneOf(allowed));
        if (raw is null || OpaqueValue.Is(raw)) return raw;
        var match = allowed.FirstOrDefault(a => string.Equals(a, raw, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            Diagnostics.Error(Path.Property(name), DiagnosticCodes.InvalidEnumValue,
                ParsingMessages.InvalidEnumValue(raw, name, allowed));
        }
        return match;
    }

    /// <summary>
    /// A list of strings. A single string is accepted as a one-item list; an unresolved intrinsic (e.g. a Ref to a
    /// List parameter) comes back as a one-item list holding its placeholder.
    /// </summary>
    public ImmutableArray<string>? StringList(string name, bool required = false)
    {
        var node = Raw(name);
        switch (node)
        {
            case null:
                if (required) Missing(name, ParsingMessages.Give(ParsingMessages.AListOfStrings));
                return null;
            case ScalarNode s:
                return [s.Value];
            case OpaqueNode o:
                return [OpaqueValue.Of(o.Expression)];
            case ListNode list:
                var builder = ImmutableArray.CreateBuilder<string>(list.Items.Length);
                foreach (var item in list.Items)
                {
                    switch (item)
                    {
                        case ScalarNode s:
                            builder.Add(s.Value);
                            break;
                        case OpaqueNode o:
                            builder.Add(OpaqueValue.Of(o.Expression));
                            break;
                        default:
                            TypeError(item, ParsingMessages.AString);
                            break;
                    }
                }
                return builder.ToImmutable();
            default:
                TypeError(node, ParsingMessages.AListOfStrings);
                return null;
        }
    }

    /// <summary>A string-to-string map (tags, environment, parameters); scalar values of any type are kept as text.</summary>
    public ImmutableSortedDictionary<string, string>? StringMap(string name, bool required = false)
    {
        var node = Raw(name);
        switch (node)
        {
            case null:
                if (required) Missing(name, ParsingMessages.Give(ParsingMessages.AnObjectOfPairs));
                return null;
            case MapNode map:
                var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in map.Entries)
                {
                    switch (value)
                    {
                        case ScalarNode s:
                            builder[key] = s.Value;
                            break;
                        case OpaqueNode o:
                            builder[key] = OpaqueValue.Of(o.Expression);
                            break;
                        default:
                            TypeError(value, ParsingMessages.AString);
                            break;
                    }
                }
                return builder.ToImmutable();
            default:
                TypeError(node, ParsingMessages.AnObjectOfPairs);
                return null;
        }
    }

    /// <summary>A nested object, or null when absent or of the wrong type (reported).</summary>
    public MapNode? Object(string name, bool required = false)
    {
        var node = Raw(name);
        switch (node)
        {
            case null:
                if (required) Missing(name, ParsingMessages.Give(ParsingMessages.AnObject));
                return null;
            case MapNode map:
                return map;
            default:
                TypeError(node, ParsingMessages.AnObject);
                return null;
        }
    }

    /// <summary>The items of a nested list; a single object is accepted as a one-item list.</summary>
    public ImmutableArray<Node>? List(string name, bool required = false)
    {
        var node = Raw(name);
        switch (node)
        {
            case null:
                if (required) Missing(name, ParsingMessages.Give(ParsingMessages.AList));
                return null;
            case ListNode list:
                return list.Items;
            case MapNode or ScalarNode:
                return [node];
            default:
                TypeError(node, ParsingMessages.AList);
                return null;
        }
    }

    /// <summary>Reports every property that was present but never read.</summary>
    public void Finish()
    {
        foreach (var (key, value) in Node.Entries)
        {
            if (_read.Contains(key)) continue;
            var path = Node.Path.Property(key);
            if (_familyProperties.Contains(key))
            {
                Diagnostics.Error(path, DiagnosticCodes.PropertyNotInKind, ParsingMessages.NotInKind(key, Kind));
            }
            else
            {
                var candidates = _read.Concat(_familyProperties);
                Diagnostics.Error(path, DiagnosticCodes.UnknownProperty,
                    ParsingMessages.UnknownProperty(key, Kind, candidates));
            }
        }
    }

    /// <summary>Reports that <paramref name="node"/> is of the wrong shape.</summary>
    public void TypeError(Node node, string expected)
    {
        var name = node.Path.Segments.IsEmpty ? ParsingMessages.RootValueName : node.Path.Segments[^1] is string s ? s : ParsingMessages.ListItemName;
        Diagnostics.Error(node.Path, DiagnosticCodes.WrongType, ParsingMessages.WrongType(name, expected, node.Describe()));
    }

    private T? Scalar<T>(string name, bool required, Func<string, ParseResult<T>> parse, string expected, string? whatIsValid, Func<T, bool> inRange, Func<T, string> rangeMessage)
        where T : struct
    {
        var node = Raw(name);
        switch (node)
        {
            case null:
                if (required) Missing(name, ParsingMessages.Give(expected));
                return null;
            case OpaqueNode o:
                Diagnostics.Warning(node.Path, DiagnosticCodes.UnresolvedValue,
                    ParsingMessages.Unresolved(name, o.Expression));
                return null;
            case ScalarNode s:
                var result = parse(s.Value);
                if (!result.Success)
                {
                    Diagnostics.Error(node.Path, DiagnosticCodes.WrongType, ParsingMessages.Unreadable(name, result.Error, whatIsValid));
                    return null;
                }
                if (!inRange(result.Value))
                {
                    Diagnostics.Error(node.Path, DiagnosticCodes.OutOfRange, rangeMessage(result.Value));
                    return null;
                }
                return result.Value;
            default:
                TypeError(node, expected);
                return null;
        }
    }
}
