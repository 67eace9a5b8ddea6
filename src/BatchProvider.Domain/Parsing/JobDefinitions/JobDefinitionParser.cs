using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec.JobDefinitions;
using BatchProvider.Domain.Validation.JobDefinitions;

namespace BatchProvider.Domain.Parsing.JobDefinitions;

/// <summary>Reads one item of <c>JobDefinitions</c> into the record of its Kind.</summary>
public static class JobDefinitionParser
{
    /// <summary>The kinds, as written in <c>Kind</c>.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["Container", "MultiNode", "Eks"];

    private static readonly string[] Platforms = ["EC2", "FARGATE"];

    /// <summary>
    /// Parses <paramref name="item"/>: reads Id and Kind, then every property of that kind, and reports unknown
    /// properties. Returns null when the item is unusable (no Id, or a Kind that is missing or unknown, in which case
    /// the other properties are not read, since their meaning depends on the kind).
    /// </summary>
    public static JobDefinitionSpec? Parse(MapNode item, DiagnosticBag diagnostics)
    {
        var probe = new ObjectReader(item, diagnostics, "a job definition");
        var id = probe.String("Id", required: true, whatIsValid: "give a name of letters, digits, '-' and '_'");
        var kind = probe.Choice("Kind", Kinds, required: true, mustBeLiteral: true);
        if (kind is null) return null;

        var reader = new ObjectReader(item, diagnostics, Describe(kind), JobDefinitionProperties.All);
        reader.Ignore("Id");
        reader.Ignore("Kind");
        var safeId = id ?? "";
        JobDefinitionSpec spec = kind switch
        {
            "Container" => ReadContainer(reader, safeId),
            "MultiNode" => ReadMultiNode(reader, safeId),
            "Eks" => EksParser.Read(reader, safeId),
            _ => throw new System.Diagnostics.UnreachableException($"Kind {kind} passed the Kind check"),
        };
        spec = ReadJobSettings(reader, spec);
        reader.Finish();
        return id is null ? null : spec;
    }

    private static string Describe(string kind) => kind == "Eks" ? "an Eks job definition" : $"a {kind} job definition";

    private static ContainerJobDefinition ReadContainer(ObjectReader r, string id) => new(id, r.Path)
    {
        Platform = r.Choice("Platform", Platforms) switch { "FARGATE" => JobPlatform.Fargate, "EC2" => JobPlatform.Ec2, _ => null },
        PropagateTags = r.Boolean("PropagateTags"),
        Container = ContainerSpecParser.Read(r),
        Fargate = new FargateOptions(
            r.String("FargatePlatformVersion"),
            r.Boolean("AssignPublicIp"),
            r.SizeGiB("EphemeralStorage"),
            r.Nested("RuntimePlatform", "a runtime platform", p => new RuntimePlatform(
                p.Choice("CpuArchitecture", Spec.JobDefinitions.RuntimePlatform.Architectures),
                p.Choice("OperatingSystemFamily", Spec.JobDefinitions.RuntimePlatform.OperatingSystemFamilies)))),
    };

    private static MultiNodeJobDefinition ReadMultiNode(ObjectReader r, string id)
    {
        if (r.Choice("Platform", Platforms) == "FARGATE")
            r.Diagnostics.Error(r.Path.Property("Platform"), DiagnosticCodes.MultiNodeOnFargate, JobDefinitionMessages.MultiNodeOnFargate);
        return new MultiNodeJobDefinition(id, r.Path)
        {
            MainNode = r.Int("MainNode", ParsingMessages.WholeNumberAtLeast(0)),
            NumNodes = r.Int("NumNodes", ParsingMessages.WholeNumberAtLeast(1)),
            InstanceType = r.String("InstanceType"),
            PropagateTags = r.Boolean("PropagateTags"),
            Nodes = r.Objects("Nodes", "a MultiNode node range", n => new NodeRange(n.Path, n.String("Range", required: true, whatIsValid: "give node indexes such as \"0:3\", \"4:\" or \"2\""), ContainerSpecParser.Read(n)), JobDefinitionProperties.NodeRange),
        };
    }

    private static JobDefinitionSpec ReadJobSettings(ObjectReader r, JobDefinitionSpec spec) => spec with
    {
        Preset = r.Choice("Preset", Enum.GetNames<WorkloadPreset>()) is { } p ? Enum.Parse<WorkloadPreset>(p) : null,
        Parameters = r.StringMap("Parameters"),
        TimeoutSeconds = r.Duration("Timeout"),
        RetryAttempts = r.Int("RetryAttempts", ParsingMessages.WholeNumberFrom(1, 10)),
        RetryStrategies = r.Raw("RetryStrategies") is null ? null : r.Objects("RetryStrategies", "a retry strategy", RetryStrategyParser.Read),
        SchedulingPriority = r.Int("SchedulingPriority", ParsingMessages.WholeNumberFrom(0, 9999)),
        Tags = r.StringMap("Tags"),
    };
}
