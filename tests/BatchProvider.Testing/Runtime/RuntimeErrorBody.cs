using System.Text.Json;

namespace BatchProvider.Testing.Runtime;

/// <summary>Reads the Runtime API's error JSON (<c>{"errorMessage":...,"errorType":...}</c>).</summary>
public static class RuntimeErrorBody
{
    /// <summary>The two fields, null where absent; a body that is not a JSON object yields (null, null).</summary>
    public static (string? Type, string? Message) Read(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object ? (Text(root, "errorType"), Text(root, "errorMessage")) : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
