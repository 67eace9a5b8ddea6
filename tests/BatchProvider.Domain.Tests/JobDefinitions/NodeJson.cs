using System.Collections.Immutable;
using System.Text.Json;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;

namespace BatchProvider.Domain.Tests.JobDefinitions;

/// <summary>
/// Turns JSON into the provider's Node tree the way CloudFormation delivers properties: every scalar as text, and
/// <c>{"Ref": "X"}</c> or <c>{"Fn::...": ...}</c> as an unresolved intrinsic. Single quotes may stand for double quotes.
/// </summary>
internal static class NodeJson
{
    /// <summary>The item <c>JobDefinitions[index]</c> written as <paramref name="json"/>.</summary>
    public static MapNode Item(string json, int index = 0) =>
        (MapNode)Parse(json, PropertyPath.Root.Property("JobDefinitions").Index(index));

    public static Node Parse(string json, PropertyPath path)
    {
        using var doc = JsonDocument.Parse(json.Replace('\'', '"'));
        return From(doc.RootElement, path);
    }

    public static Node From(JsonElement e, PropertyPath path) => e.ValueKind switch
    {
        JsonValueKind.Object when Intrinsic(e) is { } expression => new OpaqueNode(path, expression),
        JsonValueKind.Object => new MapNode(path, [.. e.EnumerateObject().Select(p => new KeyValuePair<string, Node>(p.Name, From(p.Value, path.Property(p.Name))))]),
        JsonValueKind.Array => new ListNode(path, [.. e.EnumerateArray().Select((item, i) => From(item, path.Index(i)))]),
        JsonValueKind.String => new ScalarNode(path, e.GetString()!),
        JsonValueKind.Null => new NullNode(path),
        _ => new ScalarNode(path, e.GetRawText()),
    };

    private static string? Intrinsic(JsonElement e)
    {
        var props = e.EnumerateObject().ToList();
        if (props.Count != 1) return null;
        var name = props[0].Name;
        if (name != "Ref" && !name.StartsWith("Fn::", StringComparison.Ordinal)) return null;
        return $"{name} {props[0].Value.GetRawText().Trim('"')}";
    }
}
