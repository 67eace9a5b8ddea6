using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Parsing.ComputeEnvironments;

/// <summary>Reads one item of <c>ComputeEnvironments</c> into the sealed record of its <c>Kind</c>.</summary>
public static class ComputeEnvironmentParser
{
    /// <summary>
    /// Parses <paramref name="item"/> with <paramref name="defaults"/> applied; null when its Id or Kind is unusable
    /// (the generic Id rules and this parser report why).
    /// </summary>
    public static ComputeEnvironmentSpec? Parse(MapNode item, MapNode? defaults, DiagnosticBag diagnostics)
    {
        var kindReader = new ObjectReader(item, diagnostics, "a compute environment");
        var kind = kindReader.Enum("Kind", ComputeEnvironmentKinds.All, required: true);
        var id = item.Get("Id") is ScalarNode { Value: var text } ? text : null;
        if (kind is null || OpaqueValue.Is(kind))
        {
            if (OpaqueValue.Is(kind)) diagnostics.Error(item.Path.Property("Kind"), DiagnosticCodes.WrongType, ParsingMessages.KindComputed);
            return null;
        }

        var (merged, inherited) = DefaultsInheritance.Apply(item, defaults, ComputeEnvironmentProperties.Of(kind));
        var reader = new ObjectReader(merged, diagnostics, ComputeEnvironmentProperties.Describe(kind), ComputeEnvironmentProperties.All);
        reader.Ignore("Id");
        reader.Ignore("Kind");
        ComputeEnvironmentSpec spec = kind switch
        {
            ComputeEnvironmentKinds.ManagedEc2 => InstancePropertiesReader.Read(reader, new ManagedEc2ComputeEnvironmentSpec(id ?? "", item.Path)),
            ComputeEnvironmentKinds.ManagedEks => ReadEks(reader, new ManagedEksComputeEnvironmentSpec(id ?? "", item.Path)),
            ComputeEnvironmentKinds.Fargate => ReadFargate(reader, new FargateComputeEnvironmentSpec(id ?? "", item.Path)),
            _ => new UnmanagedComputeEnvironmentSpec(id ?? "", item.Path) { UnmanagedvCpus = reader.Int("UnmanagedvCpus", ParsingMessages.WholeNumberAtLeast(0)) },
        };
        spec = spec with
        {
            Enabled = reader.Boolean("Enabled"),
            ServiceRole = reader.String("ServiceRole"),
            Tags = reader.StringMap("Tags"),
            Context = reader.String("Context"),
            Inherited = inherited,
        };
        reader.Finish();
        return id is null ? null : spec;
    }

    private static ManagedEksComputeEnvironmentSpec ReadEks(ObjectReader reader, ManagedEksComputeEnvironmentSpec seed) =>
        (ManagedEksComputeEnvironmentSpec)InstancePropertiesReader.Read(reader, seed) with
        {
            EksCluster = reader.String("EksCluster"),
            KubernetesNamespace = reader.String("KubernetesNamespace"),
        };

    private static FargateComputeEnvironmentSpec ReadFargate(ObjectReader reader, FargateComputeEnvironmentSpec seed) => seed with
    {
        Spot = reader.Boolean("Spot"),
        MaxvCpus = reader.Int("MaxvCpus", ParsingMessages.WholeNumberAtLeast(0)),
        Subnets = reader.StringList("Subnets"),
        SecurityGroups = reader.StringList("SecurityGroups"),
    };
}
