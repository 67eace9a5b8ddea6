using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace BatchProvider.Domain.Planning.Comparison;

/// <summary>
/// Compares Batch shapes as JSON (through the source-generated <c>BatchApiJsonContext</c>), so that list and
/// dictionary members compare by value, not by reference. Normalisation drops nulls, empty strings, empty lists and
/// empty objects, because Batch reports <c>[]</c> and <c>{}</c> where a request left a member out, and an update
/// removes a string member by sending <c>""</c>. What else Batch fills in is normalised by <see cref="ReportedDefaults"/>.
/// </summary>
internal static class CanonicalJson
{
    /// <summary>The normalised JSON tree of <paramref name="value"/>, or null when there is nothing in it.</summary>
    public static JsonNode? ToNode<T>(T? value, JsonTypeInfo<T> typeInfo) =>
        value is null ? null : Normalize(JsonSerializer.SerializeToNode(value, typeInfo));

    /// <summary>Canonical text: keys sorted, nulls and empties dropped. Equal values give equal text.</summary>
    public static string? Text<T>(T? value, JsonTypeInfo<T> typeInfo) => Text(ToNode(value, typeInfo));

    /// <summary>Canonical text of a normalised node.</summary>
    public static string? Text(JsonNode? node) => node?.ToJsonString();

    /// <summary>
    /// True when the two normalised trees say the same thing: every member either side sets has the same value on the
    /// other, so a member removed from the spec is a difference. Lists of scalars compare as sets (Batch does not keep
    /// the order of subnets or instance types); lists of objects compare item by item. A name equals an ARN that ends
    /// in <c>/name</c> (instance profiles and roles may be given either way). Run both sides through
    /// <see cref="ReportedDefaults"/> first so that what Batch fills in by itself is not a difference.
    /// </summary>
    public static bool Same(JsonNode? desired, JsonNode? observed) => Covers(desired, observed) && Covers(observed, desired);

    /// <summary>Every member <paramref name="desired"/> sets has the same value in <paramref name="observed"/> (one half of <see cref="Same"/>).</summary>
    private static bool Covers(JsonNode? desired, JsonNode? observed)
    {
        switch (desired)
        {
            case null:
                return true;
            case JsonObject dObj:
                return observed is JsonObject oObj && dObj.All(p => Covers(p.Value, oObj[p.Key]));
            case JsonArray dArr:
                if (observed is not JsonArray oArr || dArr.Count != oArr.Count) return false;
                if (dArr.All(x => x is JsonValue) && oArr.All(x => x is JsonValue))
                {
                    var left = dArr.Select(x => x!.ToJsonString()).Order(StringComparer.Ordinal);
                    var right = oArr.Select(x => x!.ToJsonString()).Order(StringComparer.Ordinal);
                    return left.SequenceEqual(right);
                }
                return dArr.Zip(oArr).All(pair => Covers(pair.First, pair.Second));
            default:
                return observed is JsonValue ov && ScalarEquals((JsonValue)desired, ov);
        }
    }

    private static bool ScalarEquals(JsonValue desired, JsonValue observed)
    {
        if (desired.TryGetValue<string>(out var d) && observed.TryGetValue<string>(out var o))
        {
            return d == o
                || (o.StartsWith("arn:", StringComparison.Ordinal) && o.EndsWith("/" + d, StringComparison.Ordinal))
                || (d.StartsWith("arn:", StringComparison.Ordinal) && d.EndsWith("/" + o, StringComparison.Ordinal));
        }
        return desired.ToJsonString() == observed.ToJsonString();
    }

    /// <summary>The normalised copy of an already serialised tree (used again after <see cref="ReportedDefaults"/> edits it).</summary>
    internal static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    var normalized = Normalize(value);
                    if (normalized is not null) result[key] = normalized;
                }
                return result.Count == 0 ? null : result;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    // An empty object inside a list still counts as an item (its position matters); so does "".
                    items.Add(item is JsonValue ? item.DeepClone() : Normalize(item) ?? new JsonObject());
                }
                return items.Count == 0 ? null : items;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Length == 0:
                return null;
            case JsonValue value:
                return value.DeepClone();
            default:
                return null;
        }
    }
}
