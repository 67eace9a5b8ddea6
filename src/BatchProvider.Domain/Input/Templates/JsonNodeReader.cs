using System.Collections.Immutable;
using System.Text.Json;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Input.Templates;

/// <summary>
/// Turns JSON into the <see cref="Node"/> tree: a CloudFormation event's <c>ResourceProperties</c> (for the Lambda),
/// or a JSON template. Numbers and booleans are kept as their text, as CloudFormation itself delivers them.
/// </summary>
public static class JsonNodeReader
{
    /// <summary>Converts <paramref name="element"/>, giving it the path <paramref name="path"/> (usually <see cref="PropertyPath.Root"/>).</summary>
    public static Node FromJson(JsonElement element, PropertyPath path) => element.ValueKind switch
    {
        JsonValueKind.Object => new MapNode(path, [.. element.EnumerateObject().Select(p => new KeyValuePair<string, Node>(p.Name, FromJson(p.Value, path.Property(p.Name))))]),
        JsonValueKind.Array => new ListNode(path, [.. element.EnumerateArray().Select((e, i) => FromJson(e, path.Index(i)))]),
        JsonValueKind.String => new ScalarNode(path, element.GetString() ?? ""),
        JsonValueKind.Number => new ScalarNode(path, element.GetRawText()),
        JsonValueKind.True => new ScalarNode(path, "true"),
        JsonValueKind.False => new ScalarNode(path, "false"),
        _ => new NullNode(path),
    };

    /// <summary>The properties of a CloudFormation event (<c>ResourceProperties</c> or <c>OldResourceProperties</c>).</summary>
    public static Node FromResourceProperties(JsonElement resourceProperties) => FromJson(resourceProperties, PropertyPath.Root);

    /// <summary>Parses JSON text; a syntax error becomes a <see cref="DiagnosticCodes.UnreadableDocument"/> diagnostic with its line.</summary>
    internal static Node? Read(string text, DiagnosticBag diagnostics)
    {
        try
        {
            if (FirstDuplicateKey(text) is var (key, line, column))
            {
                diagnostics.Error(PropertyPath.Root, DiagnosticCodes.UnreadableDocument,
                    $"The document is not valid JSON (line {line}, position {column}): {string.Format(null, TemplateMessages.DuplicateKey, Quoted.Bare(key))}");
                return null;
            }
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = ReaderMaxDepth });
            return FromJson(document.RootElement, PropertyPath.Root);
        }
        catch (DepthLimitedParser.TooDeepException e)
        {
            diagnostics.Error(PropertyPath.Root, DiagnosticCodes.UnreadableDocument, e.Message);
            return null;
        }
        catch (JsonException e)
        {
            diagnostics.Error(PropertyPath.Root, DiagnosticCodes.UnreadableDocument,
                $"The document is not valid JSON (line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}): {FirstSentence(e.Message)}");
            return null;
        }
    }

    // One level above the YAML limit, so that the scan below meets the limit first and JSON and YAML report it alike.
    private const int ReaderMaxDepth = DepthLimitedParser.MaxDepth + 1;

    /// <summary>
    /// The first key repeated within one object, with its 1-based line and column. JsonDocument keeps duplicates and
    /// lookups take the first, so without this a JSON template would silently lose a value that YAML rejects.
    /// Throws <see cref="DepthLimitedParser.TooDeepException"/> past the depth YAML allows.
    /// </summary>
    private static (string Key, int Line, int Column)? FirstDuplicateKey(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = ReaderMaxDepth });
        var objects = new Stack<HashSet<string>?>();
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && objects.Count >= DepthLimitedParser.MaxDepth)
                throw new DepthLimitedParser.TooDeepException();
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    objects.Push(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.StartArray:
                    objects.Push(null);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    objects.Pop();
                    break;
                case JsonTokenType.PropertyName when objects.Peek() is { } keys && !keys.Add(reader.GetString()!):
                    var start = (int)reader.TokenStartIndex;
                    var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, start - 1));
                    var line = 1 + bytes.AsSpan(0, start).Count((byte)'\n');
                    return (reader.GetString()!, line, start - lineStart);
            }
        }
        return null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
