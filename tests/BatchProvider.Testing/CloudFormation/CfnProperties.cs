using System.Text.Json.Nodes;
using BatchProvider.Domain.Input.Templates;

namespace BatchProvider.Testing.CloudFormation;

/// <summary>
/// A template's BatchStack properties as CloudFormation would send them: intrinsics resolved, every scalar a string,
/// and <c>ServiceToken</c> inside the properties as in real events.
/// </summary>
public static class CfnProperties
{
    /// <summary>The properties of the one BatchStack in <paramref name="templateText"/>, with <c>ServiceTimeout</c> when given.</summary>
    public static JsonObject From(string templateText, IReadOnlyDictionary<string, string> parameters, int? serviceTimeoutSeconds = null)
    {
        var loaded = TemplateLoader.Load(templateText, parameters);
        if (loaded.Failed || loaded.Stacks.Length != 1)
            throw new InvalidOperationException("template did not load: " + string.Join("; ", loaded.Diagnostics));
        var properties = JsonNode.Parse(ResourcePropertiesWriter.ToJson(loaded.Stacks[0].Properties).GetRawText())!.AsObject();
        properties["ServiceToken"] = "arn:aws:lambda:us-east-1:123456789012:function:batchprovider";
        if (serviceTimeoutSeconds is { } seconds) properties["ServiceTimeout"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return properties;
    }
}
