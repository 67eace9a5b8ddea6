using System.Text.Json;

namespace BatchProvider.Template.Tests;

/// <summary>
/// template.yaml after the SAM transform (aws-sam-translator, as CloudFormation runs it), computed once for all tests.
/// </summary>
public static class TransformedTemplate
{
    private static readonly Lazy<Task<JsonElement>> Document = new(TransformAsync);

    /// <summary>The transformed template's <c>Resources</c>.</summary>
    public static async Task<JsonElement> ResourcesAsync() => (await Document.Value).GetProperty("Resources");

    /// <summary>The transformed template's <c>Outputs</c>.</summary>
    public static async Task<JsonElement> OutputsAsync() => (await Document.Value).GetProperty("Outputs");

    /// <summary>Every statement of every inline policy of <paramref name="roleId"/>.</summary>
    public static async Task<IReadOnlyList<JsonElement>> StatementsAsync(string roleId)
    {
        var role = (await ResourcesAsync()).GetProperty(roleId).GetProperty("Properties");
        return [.. role.GetProperty("Policies").EnumerateArray()
            .SelectMany(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())];
    }

    /// <summary>A statement's Action (or Resource) as a list, whether the template wrote one string or a list.</summary>
    public static IReadOnlyList<JsonElement> List(JsonElement statement, string member) =>
        statement.GetProperty(member) is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray()] : [statement.GetProperty(member)];

    private static async Task<JsonElement> TransformAsync()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "sam_transform.py");
        // The transform resolves pseudo parameters and needs a region; it makes no AWS call.
        var run = await ToolRun.RunAsync("python3", [script, "template.yaml"], new Dictionary<string, string> { ["AWS_DEFAULT_REGION"] = "eu-west-1" });
        if (run.Exit != 0) throw new InvalidOperationException($"SAM transform failed ({run.Exit}): {run.Error}");
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }
}
