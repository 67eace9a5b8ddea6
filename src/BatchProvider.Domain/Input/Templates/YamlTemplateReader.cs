using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BatchProvider.Domain.Input.Templates;

/// <summary>
/// Reads a YAML template into a raw <see cref="Node"/> tree through YamlDotNet's representation model (no reflection,
/// so it stays trim-safe). Short-form tags become their long form: <c>!Ref X</c> → <c>{ Ref: X }</c>,
/// <c>!GetAtt A.B</c> → <c>{ "Fn::GetAtt": "A.B" }</c>. Intrinsics are resolved later by <see cref="IntrinsicResolver"/>.
/// </summary>
internal static class YamlTemplateReader
{
    /// <summary>The document's root node, or a <see cref="DiagnosticCodes.UnreadableDocument"/> diagnostic with line information.</summary>
    public static Node? Read(string text, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new DepthLimitedParser(new Parser(new StringReader(text))));
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error(PropertyPath.Root, DiagnosticCodes.UnreadableDocument, "The document is empty; give a CloudFormation template or a BatchStack spec.");
                return null;
            }
            var budget = MaxNodes;
            return Convert(stream.Documents[0].RootNode, PropertyPath.Root, ref budget);
        }
        catch (YamlException e) when (Inner(e).Message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            diagnostics.Error(PropertyPath.Root, DiagnosticCodes.UnreadableDocument,
                $"The document is not valid YAML (line {e.Start.Line}, column {e.Start.Column}): {string.Format(null, TemplateMessages.DuplicateKey, Quoted.Bare(KeyAt(text, e.Start)))}");
            return null;
        }
        catch (DepthLimitedParser.TooDeepException e)
        {
            diagnostics.Error(PropertyPath.Root, DiagnosticCodes.UnreadableDocument, e.Message);
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Error(PropertyPath.Root, DiagnosticCodes.UnreadableDocument,
                $"The document is not valid YAML (line {e.Start.Line}, column {e.Start.Column}): {Inner(e).Message}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or TooLargeException)
        {
            // YamlDotNet's representation model throws these for some malformed documents (e.g. an anchor on an alias).
            diagnostics.Error(PropertyPath.Root, DiagnosticCodes.UnreadableDocument, $"The document is not valid YAML: {e.Message}");
            return null;
        }
    }

    private static Exception Inner(Exception e) => e.InnerException is YamlException inner ? Inner(inner) : e;

    /// <summary>The plain text of the key that starts at <paramref name="mark"/> (YamlDotNet names no key in its message).</summary>
    private static string KeyAt(string text, Mark mark)
    {
        var start = (int)Math.Min(mark.Index, text.Length);
        var end = text.IndexOfAny([':', '\n', ',', '}'], start);
        return text[start..(end < 0 ? text.Length : end)].Trim().Trim('"', '\'');
    }

    /// <summary>Aliases let a small document denote a huge tree ("billion laughs"); expansion stops here.</summary>
    private const int MaxNodes = 1_000_000;

    private sealed class TooLargeException() : Exception($"the document expands to more than {MaxNodes} values (through aliases?)");

    private static Node Convert(YamlNode node, PropertyPath path, ref int budget)
    {
        if (--budget < 0) throw new TooLargeException();
        Node plain;
        switch (node)
        {
            case YamlScalarNode s:
                plain = Scalar(s, path);
                break;
            case YamlSequenceNode seq:
                var items = ImmutableArray.CreateBuilder<Node>(seq.Children.Count);
                foreach (var child in seq.Children) items.Add(Convert(child, path.Index(items.Count), ref budget));
                plain = new ListNode(path, items.MoveToImmutable());
                break;
            case YamlMappingNode map:
                plain = Map(map, path, ref budget);
                break;
            default:
                plain = new NullNode(path);
                break;
        }
        if (node.Tag.IsEmpty || node.Tag.Value is not ['!', not '!', ..] tag) return plain;
        var name = tag[1..];
        var key = name is "Ref" or "Condition" ? name : "Fn::" + name;
        return new MapNode(path, [new(key, Reroot(plain, path.Property(key)))]);
    }

    private static Node Scalar(YamlScalarNode s, PropertyPath path)
    {
        var value = s.Value ?? "";
        var isNull = s.Style == ScalarStyle.Plain && s.Tag.IsEmpty && value is "" or "~" or "null" or "Null" or "NULL";
        return isNull ? new NullNode(path) : new ScalarNode(path, value);
    }

    private static MapNode Map(YamlMappingNode map, PropertyPath path, ref int budget)
    {
        var entries = ImmutableArray.CreateBuilder<KeyValuePair<string, Node>>(map.Children.Count);
        foreach (var (k, v) in map.Children)
        {
            var key = k is YamlScalarNode ks ? ks.Value ?? "" : k.ToString();
            entries.Add(new(key, Convert(v, path.Property(key), ref budget)));
        }
        return new MapNode(path, entries.MoveToImmutable());
    }

    /// <summary>The same tree with every path moved below <paramref name="path"/>.</summary>
    internal static Node Reroot(Node node, PropertyPath path) => node switch
    {
        ScalarNode s => new ScalarNode(path, s.Value),
        ListNode l => new ListNode(path, [.. l.Items.Select((c, i) => Reroot(c, path.Index(i)))]),
        MapNode m => new MapNode(path, [.. m.Entries.Select(e => new KeyValuePair<string, Node>(e.Key, Reroot(e.Value, path.Property(e.Key))))]),
        NullNode => new NullNode(path),
        OpaqueNode o => o with { Path = path },
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}
