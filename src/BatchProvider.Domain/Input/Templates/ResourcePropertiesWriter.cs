using System.Text.Json;

namespace BatchProvider.Domain.Input.Templates;

/// <summary>
/// The inverse of <see cref="JsonNodeReader.FromResourceProperties"/>: a BatchStack's properties as CloudFormation
/// puts them in the event's <c>ResourceProperties</c>, every scalar a string. The CLI sends its requests through the
/// Lambda's handler with this; an unresolved value travels as its short-form expression, which only
/// <c>ServiceToken</c> may be (the CLI refuses every other one before sending).
/// </summary>
public static class ResourcePropertiesWriter
{
    /// <summary>The JSON of <paramref name="properties"/>.</summary>
    public static JsonElement ToJson(Node properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) Write(writer, properties);
        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, Node node)
    {
        switch (node)
        {
            case MapNode map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case ListNode list:
                writer.WriteStartArray();
                foreach (var item in list.Items) Write(writer, item);
                writer.WriteEndArray();
                break;
            case ScalarNode scalar:
                writer.WriteStringValue(scalar.Value);
                break;
            case OpaqueNode opaque:
                writer.WriteStringValue(opaque.Expression);
                break;
            case NullNode:
                writer.WriteNullValue();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "a node kind without a JSON form");
        }
    }
}
