using BatchProvider.Domain.Collections;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>
/// Kind <c>Eks</c>: a Kubernetes pod on an EKS compute environment (Batch type <c>container</c> with eksProperties).
/// It has no platform, no tag propagation and no ECS container properties.
/// </summary>
public sealed record EksJobDefinition(string Id, PropertyPath Path) : JobDefinitionSpec(Id, Path)
{
    /// <summary>Kubernetes service account of the pod. Default: the namespace's default account.</summary>
    public string? ServiceAccountName { get; init; }

    /// <summary>Use the node's network namespace. Default: true (Batch's).</summary>
    public bool? HostNetwork { get; init; }

    /// <summary>Default, ClusterFirst or ClusterFirstWithHostNet. Default: Batch's (ClusterFirstWithHostNet with host network).</summary>
    public string? DnsPolicy { get; init; }

    /// <summary>Pod labels, annotations and namespace. Default: none.</summary>
    public EksMetadata? Metadata { get; init; }

    /// <summary>The pod's containers (1 to 10).</summary>
    public ValueList<EksContainer> Containers { get; init; } = [];

    /// <summary>Init containers (up to 10), run in order before <see cref="Containers"/>.</summary>
    public ValueList<EksContainer> InitContainers { get; init; } = [];

    /// <summary>Pod volumes.</summary>
    public ValueList<EksVolume> Volumes { get; init; } = [];

    /// <summary>The DNS policies Kubernetes accepts for Batch pods.</summary>
    public static IReadOnlyList<string> DnsPolicies { get; } = ["Default", "ClusterFirst", "ClusterFirstWithHostNet"];
}

/// <summary>Pod metadata.</summary>
public sealed record EksMetadata(PropertyPath Path, ValueMap<string, string> Labels,
    ValueMap<string, string> Annotations, string? Namespace);
