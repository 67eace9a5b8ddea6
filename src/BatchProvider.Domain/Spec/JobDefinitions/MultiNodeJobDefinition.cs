using BatchProvider.Domain.Collections;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>Kind <c>MultiNode</c>: a multi-node parallel job on EC2 (Batch type <c>multinode</c> with nodeProperties).</summary>
public sealed record MultiNodeJobDefinition(string Id, PropertyPath Path) : JobDefinitionSpec(Id, Path)
{
    /// <summary>Index of the main node. Default: 0.</summary>
    public long? MainNode { get; init; }

    /// <summary>Number of nodes. Default: one more than the highest node any range names.</summary>
    public long? NumNodes { get; init; }

    /// <summary>The one instance type every node uses. Default: none (Batch picks per node group).</summary>
    public string? InstanceType { get; init; }

    /// <summary>Whether job tags are copied to the ECS tasks. Default: false.</summary>
    public bool? PropagateTags { get; init; }

    /// <summary>The node groups; together they must cover nodes 0 to NumNodes-1.</summary>
    public ValueList<NodeRange> Nodes { get; init; } = [];
}

/// <summary>One node group of a multi-node job.</summary>
/// <param name="Range">As written: <c>"0:3"</c>, <c>"4:"</c>, <c>":3"</c> or <c>"2"</c>.</param>
/// <param name="Container">The container properties of these nodes (the path is <c>Nodes[i]</c>).</param>
public sealed record NodeRange(PropertyPath Path, string? Range, ContainerSpec Container);
