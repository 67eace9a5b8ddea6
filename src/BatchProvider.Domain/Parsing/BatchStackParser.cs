using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Parsing.ComputeEnvironments;
using BatchProvider.Domain.Parsing.JobDefinitions;
using BatchProvider.Domain.Parsing.JobQueues;
using BatchProvider.Domain.Parsing.SchedulingPolicies;
using BatchProvider.Domain.Spec;

namespace BatchProvider.Domain.Parsing;

/// <summary>Reads a BatchStack's properties into a <see cref="BatchStackSpec"/>, reporting every problem.</summary>
public static class BatchStackParser
{
    /// <summary>The root's property names.</summary>
    public static IReadOnlyList<string> RootProperties { get; } =
        ["ServiceToken", "ServiceTimeout", "Name", "Defaults", "ComputeEnvironments", "SchedulingPolicies", "JobQueues", "JobDefinitions", "Tags", "KeepJobDefinitionRevisions"];

    /// <summary>Parses <paramref name="properties"/>; null only when it is not an object at all.</summary>
    public static BatchStackSpec? Parse(Node properties, DiagnosticBag diagnostics)
    {
        if (properties is not MapNode root)
        {
            diagnostics.Error(properties.Path, DiagnosticCodes.WrongType, ParsingMessages.PropertiesNotObject(properties.Describe()));
            return null;
        }
        var reader = new ObjectReader(root, diagnostics, "a BatchStack");
        reader.Ignore("ServiceToken");
        // CloudFormation's own property of every custom resource (the answer deadline); the Lambda reads it, the spec does not.
        reader.Ignore("ServiceTimeout");
        var name = reader.Raw("Name") is ScalarNode { Value: var n } ? n : "";
        var defaults = ReadDefaults(reader);
        var spec = new BatchStackSpec(
            name,
            Items(reader, "ComputeEnvironments", item => ComputeEnvironmentParser.Parse(item, defaults, diagnostics)),
            Items(reader, "SchedulingPolicies", item => SchedulingPolicyParser.Parse(item, diagnostics)),
            Items(reader, "JobQueues", item => JobQueueParser.Parse(item, diagnostics)),
            Items(reader, "JobDefinitions", item => JobDefinitionParser.Parse(item, diagnostics)),
            new StackSettings(
                KeepRevisions(reader),
                reader.StringMap("Tags") ?? ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal)));
        reader.Finish();
        return spec;
    }

    private static int? KeepRevisions(ObjectReader reader)
    {
        var keep = reader.Int("KeepJobDefinitionRevisions", ParsingMessages.WholeNumberAtLeast(0));
        if (keep >= 0 || keep is null) return keep;
        reader.Diagnostics.Error(reader.Path.Property("KeepJobDefinitionRevisions"), DiagnosticCodes.OutOfRange,
            ParsingMessages.KeepRevisionsNegative(keep));
        return null;
    }

    private static MapNode? ReadDefaults(ObjectReader reader)
    {
        if (reader.Object("Defaults") is not { } defaults) return null;
        var r = new ObjectReader(defaults, reader.Diagnostics, "Defaults (properties inherited by every compute environment)");
        foreach (var property in ComputeEnvironmentProperties.All.Except(["Id", "Kind"])) r.Raw(property);
        r.Finish();
        return defaults;
    }

    private static ImmutableArray<T> Items<T>(ObjectReader reader, string family, Func<MapNode, T?> parse) where T : class
    {
        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var item in reader.List(family) ?? [])
        {
            if (item is not MapNode map)
            {
                reader.TypeError(item, "an object");
                continue;
            }
            if (parse(map) is { } parsed) result.Add(parsed);
        }
        return result.ToImmutable();
    }
}
