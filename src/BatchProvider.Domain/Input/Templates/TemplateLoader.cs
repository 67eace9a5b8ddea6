using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Input.Templates;

/// <summary>
/// Loads a CloudFormation template (YAML with short-form tags, or JSON) or a bare BatchStack spec from text and
/// finds every <c>Custom::BatchStack</c> resource (and every <c>AWS::CloudFormation::CustomResource</c> whose
/// properties look like a BatchStack). A document without <c>Resources</c> is a bare spec. Never throws for bad
/// input: unreadable text becomes a <see cref="DiagnosticCodes.UnreadableDocument"/> diagnostic.
/// </summary>
public static class TemplateLoader
{
    /// <summary>The resource type this provider implements.</summary>
    public const string ResourceType = "Custom::BatchStack";

    private const string GenericCustomResource = "AWS::CloudFormation::CustomResource";
    private static readonly string[] SpecMarkers = ["ComputeEnvironments", "JobQueues", "JobDefinitions", "SchedulingPolicies"];

    /// <summary>Loads <paramref name="text"/>, resolving parameter <c>Ref</c>s from <paramref name="parameters"/> or the parameters' defaults.</summary>
    public static TemplateLoadResult Load(string text, IReadOnlyDictionary<string, string> parameters)
    {
        var diagnostics = new DiagnosticBag();
        var root = text.TrimStart().StartsWith('{') ? JsonNodeReader.Read(text, diagnostics) : YamlTemplateReader.Read(text, diagnostics);
        if (root is null) return new([], [.. diagnostics.Items]);
        if (root is not MapNode document)
        {
            diagnostics.Error(PropertyPath.Root, DiagnosticCodes.UnreadableDocument, $"The document is {root.Describe()}; give a CloudFormation template or a BatchStack spec (an object).");
            return new([], [.. diagnostics.Items]);
        }

        var resourceIds = document.Get("Resources") is null ? null : ((document.Get("Resources") as MapNode)?.Entries ?? []).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var templateParameters = TemplateParameters.From(document.Get("Parameters") as MapNode, parameters, diagnostics);
        var declared = templateParameters.Declared.Order(StringComparer.Ordinal).ToImmutableArray();
        var resolver = new IntrinsicResolver(templateParameters, document.Get("Mappings") as MapNode, resourceIds, diagnostics);
        if (document.Get("Resources") is not { } resources)
            return new([new BatchStackResource(null, resolver.Resolve(document, PropertyPath.Root))], [.. diagnostics.Items]) { DeclaredParameters = declared };

        var stacks = ImmutableArray.CreateBuilder<BatchStackResource>();
        foreach (var (logicalId, resource) in (resources as MapNode)?.Entries ?? [])
        {
            if (resource is not MapNode r || !IsBatchStack(r)) continue;
            var properties = r.Get("Properties") ?? new MapNode(PropertyPath.Root, []);
            stacks.Add(new BatchStackResource(logicalId, resolver.Resolve(properties, PropertyPath.Root)));
        }
        if (stacks.Count == 0)
        {
            diagnostics.Error(PropertyPath.Root, DiagnosticCodes.UnreadableDocument,
                $"The template has no resource of type {ResourceType}; add one, or give a bare BatchStack spec without Resources.");
        }
        return new(stacks.ToImmutable(), [.. diagnostics.Items]) { DeclaredParameters = declared };
    }

    private static bool IsBatchStack(MapNode resource) => resource.Get("Type") switch
    {
        ScalarNode { Value: ResourceType } => true,
        ScalarNode { Value: GenericCustomResource } => resource.Get("Properties") is MapNode p && SpecMarkers.Any(m => p.Get(m) is not null),
        _ => false,
    };
}
