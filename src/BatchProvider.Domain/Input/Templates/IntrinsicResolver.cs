using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Parsing;

namespace BatchProvider.Domain.Input.Templates;

/// <summary>
/// Resolves the intrinsic functions a template-time tool can know: <c>Ref</c> to a parameter with a value, and
/// <c>Fn::Sub</c>, <c>Fn::Join</c>, <c>Fn::Select</c>, <c>Fn::Split</c>, <c>Fn::FindInMap</c> over known values. Everything only
/// CloudFormation knows (<c>Fn::ImportValue</c>, <c>Fn::GetAtt</c>, <c>Ref</c> to a resource or pseudo parameter,
/// conditions ...) becomes an <see cref="OpaqueNode"/> rendered in short form, e.g. <c>!ImportValue BatchProviderServiceToken</c>.
/// The result is re-rooted so that paths start at the resource's <c>Properties</c>. An unknown function, a malformed
/// <c>Ref</c>, or a <c>Ref</c> to a name the template does not declare is an error (CloudFormation rejects all three at
/// submission), and the value stays opaque so later rules skip it. A bare spec (no <c>Resources</c>, so
/// <paramref name="resources"/> is null) declares nothing, so its references are not checked: it is a fragment whose
/// <c>!Ref</c>s stand for values supplied elsewhere.
/// </summary>
internal sealed partial class IntrinsicResolver(TemplateParameters parameters, MapNode? mappings, IReadOnlySet<string>? resources, DiagnosticBag diagnostics)
{
    /// <summary>CloudFormation's pseudo parameters; a <c>Ref</c> to one is valid in every template.</summary>
    private static readonly HashSet<string> PseudoParameters = new(StringComparer.Ordinal)
    {
        "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
    };

    /// <summary>
    /// Every intrinsic function and condition function of the CloudFormation template reference, in long form.
    /// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
    /// </summary>
    private static readonly string[] Functions =
    [
        "Ref", "Condition", "Fn::Base64", "Fn::Cidr", "Fn::FindInMap", "Fn::GetAtt", "Fn::GetAZs", "Fn::ImportValue", "Fn::Join",
        "Fn::Length", "Fn::Select", "Fn::Split", "Fn::Sub", "Fn::ToJsonString", "Fn::Transform", "Fn::And", "Fn::Equals", "Fn::If",
        "Fn::Not", "Fn::Or",
    ];

    /// <summary>The resolved copy of <paramref name="node"/>, placed at <paramref name="path"/>.</summary>
    public Node Resolve(Node node, PropertyPath path)
    {
        switch (node)
        {
            case MapNode { Entries: [var (key, argument)] } when IsIntrinsic(key):
                return ResolveIntrinsic(key, argument, path);
            case MapNode map:
                return new MapNode(path, [.. map.Entries.Select(e => new KeyValuePair<string, Node>(e.Key, Resolve(e.Value, path.Property(e.Key))))]);
            case ListNode list:
                var items = ImmutableArray.CreateBuilder<Node>();
                foreach (var item in list.Items) items.Add(Resolve(item, path.Index(items.Count)));
                return new ListNode(path, items.ToImmutable());
            default:
                return YamlTemplateReader.Reroot(node, path);
        }
    }

    private static bool IsIntrinsic(string key) => key is "Ref" or "Condition" || key.StartsWith("Fn::", StringComparison.Ordinal);

    private Node ResolveIntrinsic(string key, Node argument, PropertyPath path)
    {
        if (!Functions.Contains(key))
        {
            diagnostics.Error(path, DiagnosticCodes.InvalidIntrinsic, string.Format(null, TemplateMessages.UnknownFunction,
                Quoted.Bare(Render(key, argument)), Suggestions.DidYouMean(ShortName(key), Functions.Select(ShortName))));
            return new OpaqueNode(path, Render(key, argument));
        }
        if (key == "Ref" && argument is not ScalarNode)
        {
            diagnostics.Error(path, DiagnosticCodes.InvalidIntrinsic, string.Format(null, TemplateMessages.MalformedRef, argument.Describe()));
            return new OpaqueNode(path, Render(key, argument));
        }
        var resolved = key switch
        {
            "Ref" when argument is ScalarNode { Value: var name } => Reference(name, path),
            "Fn::Sub" => Sub(argument, path),
            "Fn::Join" => Join(argument, path),
            "Fn::Select" => Select(argument, path),
            "Fn::Split" => Split(argument, path),
            "Fn::FindInMap" => FindInMap(argument, path),
            _ => null,
        };
        return resolved ?? new OpaqueNode(path, Render(key, argument), MissingParameters(key, argument, path));
    }

    private Node? Sub(Node argument, PropertyPath path)
    {
        var (template, variables) = argument switch
        {
            ScalarNode s => (s.Value, (MapNode?)null),
            ListNode { Items: [ScalarNode s, MapNode vars] } => (s.Value, vars),
            _ => (null, null),
        };
        if (template is null) return null;
        var unresolved = false;
        var text = SubVariable().Replace(template, m =>
        {
            var name = m.Groups[1].Value;
            if (name.StartsWith('!')) return "${" + name[1..] + "}";
            var value = variables?.Get(name) is { } v ? Resolve(v, path) : SubReference(name, path);
            if (value is ScalarNode sv) return sv.Value;
            unresolved = true;
            return m.Value;
        });
        return unresolved ? null : new ScalarNode(path, text);
    }

    /// <summary>The value of a referenced parameter; null when only CloudFormation knows it, an error when nothing declares the name.</summary>
    private Node? Reference(string name, PropertyPath path)
    {
        if (parameters.ValueAt(name, path) is { } value) return value;
        if (resources is not null && !parameters.IsDeclared(name) && !resources.Contains(name) && !PseudoParameters.Contains(name))
        {
            diagnostics.Error(path, DiagnosticCodes.UndeclaredReference, string.Format(null, TemplateMessages.UndeclaredReference,
                Quoted.Bare(name), Suggestions.DidYouMean(name, parameters.Declared.Concat(resources).Concat(PseudoParameters))));
        }
        return null;
    }

    /// <summary>A <c>${Name}</c> of Fn::Sub is a Ref; <c>${Resource.Attribute}</c> is a GetAtt, which only CloudFormation knows.</summary>
    private Node? SubReference(string name, PropertyPath path)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0) return Reference(name, path);
        if (resources is not null && !resources.Contains(name[..dot]))
        {
            diagnostics.Error(path, DiagnosticCodes.UndeclaredReference, string.Format(null, TemplateMessages.UndeclaredReference,
                Quoted.Bare(name[..dot]), Suggestions.DidYouMean(name[..dot], resources)));
        }
        return null;
    }

    private static string ShortName(string key) => key.StartsWith("Fn::", StringComparison.Ordinal) ? key[4..] : key;

    private Node? Join(Node argument, PropertyPath path)
    {
        if (argument is not ListNode { Items: [ScalarNode delimiter, var values] }) return null;
        var parts = Flatten(Resolve(values, path));
        return parts is null ? null : new ScalarNode(path, string.Join(delimiter.Value, parts));
    }

    private Node? Select(Node argument, PropertyPath path)
    {
        if (argument is not ListNode { Items: [var index, var values] }) return null;
        if (Resolve(index, path) is not ScalarNode i || !int.TryParse(i.Value, System.Globalization.CultureInfo.InvariantCulture, out var n)) return null;
        var parts = Flatten(Resolve(values, path));
        return parts is not null && n >= 0 && n < parts.Count ? new ScalarNode(path, parts[n]) : null;
    }

    private Node? Split(Node argument, PropertyPath path)
    {
        if (argument is not ListNode { Items: [ScalarNode delimiter, var source] } || delimiter.Value.Length == 0) return null;
        if (Resolve(source, path) is not ScalarNode s) return null;
        return new ListNode(path, [.. s.Value.Split(delimiter.Value).Select((v, i) => (Node)new ScalarNode(path.Index(i), v))]);
    }

    private Node? FindInMap(Node argument, PropertyPath path)
    {
        if (argument is not ListNode { Items: [var map, var top, var second] }) return null;
        var keys = new[] { map, top, second }.Select(k => Resolve(k, path)).ToList();
        if (keys.Any(k => k is not ScalarNode)) return null;
        Node? node = mappings;
        foreach (var key in keys.Cast<ScalarNode>()) node = (node as MapNode)?.Get(key.Value);
        return node is ScalarNode or ListNode ? Resolve(node, path) : null;
    }

    /// <summary>The scalars of a resolved list (nested lists flattened), or null when anything is unknown.</summary>
    private static List<string>? Flatten(Node node)
    {
        switch (node)
        {
            case ScalarNode s:
                return [s.Value];
            case ListNode l:
                var result = new List<string>();
                foreach (var item in l.Items)
                {
                    if (Flatten(item) is not { } part) return null;
                    result.AddRange(part);
                }
                return result;
            default:
                return null;
        }
    }

    /// <summary>
    /// The declared parameters without a value that an unresolved intrinsic depends on: its own <c>Ref</c> or
    /// <c>${Name}</c>, and those of every intrinsic nested in its argument.
    /// </summary>
    private ImmutableArray<string> MissingParameters(string key, Node argument, PropertyPath path)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (key == "Ref" && argument is ScalarNode { Value: var reference }) names.Add(reference);
        if (key == "Fn::Sub" && argument is ScalarNode or ListNode { Items: [ScalarNode, ..] })
        {
            var template = argument is ScalarNode s ? s.Value : ((ScalarNode)((ListNode)argument).Items[0]).Value;
            var variables = argument is ListNode { Items: [_, MapNode vars] } ? vars : null;
            foreach (Match m in SubVariable().Matches(template))
            {
                if (variables?.Get(m.Groups[1].Value) is null) names.Add(m.Groups[1].Value);
            }
        }
        names.RemoveWhere(name => !parameters.IsDeclared(name) || parameters.ValueAt(name, path) is not null);
        Collect(Resolve(argument, path), names);
        return [.. names];

        static void Collect(Node node, SortedSet<string> into)
        {
            switch (node)
            {
                case OpaqueNode o: into.UnionWith(o.Missing); break;
                case ListNode l: foreach (var item in l.Items) Collect(item, into); break;
                case MapNode m: foreach (var (_, value) in m.Entries) Collect(value, into); break;
            }
        }
    }

    /// <summary>The short form of an intrinsic, e.g. <c>!GetAtt Bucket.Arn</c>.</summary>
    internal static string Render(string key, Node argument)
    {
        var name = ShortName(key);
        var text = name == "GetAtt" && argument is ListNode { Items: [ScalarNode r, ScalarNode a] } ? $"{r.Value}.{a.Value}" : RenderValue(argument);
        return $"!{name} {text}";
    }

    private static string RenderValue(Node node) => node switch
    {
        ScalarNode s => s.Value,
        ListNode l => "[" + string.Join(", ", l.Items.Select(RenderValue)) + "]",
        MapNode { Entries: [var (k, v)] } when IsIntrinsic(k) => "(" + Render(k, v) + ")",
        MapNode m => "{" + string.Join(", ", m.Entries.Select(e => $"{e.Key}: {RenderValue(e.Value)}")) + "}",
        OpaqueNode o => o.Expression,
        _ => "null",
    };

    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex SubVariable();
}
