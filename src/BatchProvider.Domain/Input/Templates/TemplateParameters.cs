using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Input.Templates;

/// <summary>
/// The values a template's <c>Ref</c>s to parameters resolve to: a value given on the command line wins over the
/// parameter's <c>Default</c>; <c>List&lt;...&gt;</c> and <c>CommaDelimitedList</c> parameters become lists of
/// their comma-separated values. A parameter with neither stays unresolved (an <see cref="OpaqueNode"/>).
/// </summary>
internal sealed class TemplateParameters
{
    private readonly ImmutableDictionary<string, Node> _values;
    private readonly ImmutableHashSet<string> _declared;

    private TemplateParameters(ImmutableDictionary<string, Node> values, ImmutableHashSet<string> declared)
    {
        _values = values;
        _declared = declared;
    }

    /// <summary>Every declared parameter name.</summary>
    public ImmutableHashSet<string> Declared => _declared;

    /// <summary>True when <paramref name="name"/> is a declared parameter.</summary>
    public bool IsDeclared(string name) => _declared.Contains(name);

    /// <summary>The resolved value of parameter <paramref name="name"/>, placed at <paramref name="path"/>; null when unknown.</summary>
    public Node? ValueAt(string name, PropertyPath path) =>
        _values.TryGetValue(name, out var value) ? YamlTemplateReader.Reroot(value, path) : null;

    /// <summary>Reads the template's <c>Parameters</c> section and applies <paramref name="overrides"/>.</summary>
    public static TemplateParameters From(MapNode? section, IReadOnlyDictionary<string, string> overrides, DiagnosticBag diagnostics)
    {
        var values = ImmutableDictionary.CreateBuilder<string, Node>(StringComparer.Ordinal);
        var declared = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var (name, declaration) in section?.Entries ?? [])
        {
            declared.Add(name);
            var definition = declaration as MapNode;
            var type = definition?.Get("Type") is ScalarNode { Value: var t } ? t : "";
            var isList = type.StartsWith("List<", StringComparison.Ordinal) || type == "CommaDelimitedList" || type.StartsWith("AWS::SSM::Parameter::Value<List<", StringComparison.Ordinal);
            // The Default of an SSM parameter type is the parameter's name, not its value: only CloudFormation knows the value.
            var defaultIsValue = !type.StartsWith("AWS::SSM::", StringComparison.Ordinal);
            Node? value = overrides.TryGetValue(name, out var given) ? new ScalarNode(PropertyPath.Root, given) : defaultIsValue ? definition?.Get("Default") : null;
            if (value is ScalarNode s && isList)
                value = new ListNode(PropertyPath.Root, [.. s.Value.Split(',').Select(v => (Node)new ScalarNode(PropertyPath.Root, v.Trim()))]);
            if (value is ScalarNode or ListNode) values[name] = value;
        }
        foreach (var name in overrides.Keys.Where(k => !declared.Contains(k)))
        {
            diagnostics.Warning(PropertyPath.Root, DiagnosticCodes.UnknownParameter,
                $"Parameter {name} was given a value but the template declares no such parameter; it was ignored.");
        }
        return new TemplateParameters(values.ToImmutable(), declared.ToImmutable());
    }
}
