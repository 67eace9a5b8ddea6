using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>
/// Multi-node jobs (API NodeProperties, NodeRangeProperty): the main node exists, the ranges are well formed, cover
/// every node and overlap only by nesting (a nested range overrides the outer one), every node group has its
/// container and resources, and all groups share one instance type.
/// </summary>
internal static class MultiNodeRules
{
    internal static void Validate(MultiNodeJobDefinition m, DesiredJobDefinition desired, DiagnosticBag d)
    {
        if (m.Nodes.IsEmpty)
        {
            d.Error(m.Path.Property("Nodes"), DiagnosticCodes.JobPropertyRequired, JobDefinitionMessages.Required("Nodes", "give at least one node range with Range, Image, Vcpus and Memory"));
            return;
        }
        if (m.NumNodes is { } written and < 1)
        {
            d.Error(m.Path.Property("NumNodes"), DiagnosticCodes.JobValueOutOfRange, JobDefinitionMessages.ValueOutOfRange("NumNodes", written, "use 1 or more"));
            return;
        }
        long numNodes = desired.Register.NodeProperties?.NumNodes ?? 1;
        var mainNode = m.MainNode ?? 0;
        if (mainNode < 0 || mainNode >= numNodes)
            d.Error(m.Path.Property("MainNode"), DiagnosticCodes.MainNodeOutOfRange, JobDefinitionMessages.MainNodeOutOfRange(mainNode, numNodes));

        foreach (var node in m.Nodes) ContainerRules.Validate(node.Container, JobPlatform.Ec2, windows: false, d);
        Ranges(m, (int)Math.Min(numNodes, 10_000), d);
        InstanceTypes(m, d);
    }

    private static void Ranges(MultiNodeJobDefinition m, int numNodes, DiagnosticBag d)
    {
        var parsed = new List<(NodeRange Node, int First, int Last)>();
        foreach (var node in m.Nodes)
        {
            if (node.Range is null) continue;
            var path = node.Path.Property("Range");
            if (NodeIndexRange.Parse(node.Range) is not { } range)
            {
                d.Error(path, DiagnosticCodes.InvalidNodeRange, JobDefinitionMessages.InvalidNodeRange(node.Range));
                continue;
            }
            int first = range.First, last = range.LastIn(numNodes);
            if (first > last && range.To is not null)
                d.Error(path, DiagnosticCodes.InvalidNodeRange, JobDefinitionMessages.NodeRangeReversed(node.Range));
            else if (first >= numNodes || last >= numNodes)
                d.Error(path, DiagnosticCodes.InvalidNodeRange, JobDefinitionMessages.NodeRangeOutside(node.Range, numNodes));
            else
                parsed.Add((node, first, last));
        }

        for (var i = 0; i < parsed.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (a, b) = (parsed[i], parsed[j]);
                var overlapFirst = Math.Max(a.First, b.First);
                var overlapLast = Math.Min(a.Last, b.Last);
                var nested = (a.First >= b.First && a.Last <= b.Last) || (b.First >= a.First && b.Last <= a.Last);
                if (overlapFirst <= overlapLast && !nested)
                    d.Error(a.Node.Path.Property("Range"), DiagnosticCodes.NodeRangesOverlap, JobDefinitionMessages.NodeRangesOverlap(a.Node.Range!, b.Node.Range!, overlapFirst, overlapLast));
            }
        }

        // Only meaningful when every range could be read; otherwise the gaps are the bad range's.
        if (parsed.Count != m.Nodes.Length) return;
        var uncovered = Enumerable.Range(0, numNodes).Where(n => !parsed.Any(p => n >= p.First && n <= p.Last)).ToList();
        if (uncovered.Count > 0)
            d.Error(m.Path.Property("Nodes"), DiagnosticCodes.NodesUncovered, JobDefinitionMessages.NodesUncovered(uncovered, numNodes));
    }

    private static void InstanceTypes(MultiNodeJobDefinition m, DiagnosticBag d)
    {
        var types = m.Nodes.Select(n => n.Container.InstanceType ?? m.InstanceType).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (types.Count > 1)
            d.Error(m.Path.Property("InstanceType"), DiagnosticCodes.MultipleInstanceTypes, JobDefinitionMessages.MultipleInstanceTypes(types));
    }
}
