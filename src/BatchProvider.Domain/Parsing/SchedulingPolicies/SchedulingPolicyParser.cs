using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec.SchedulingPolicies;

namespace BatchProvider.Domain.Parsing.SchedulingPolicies;

/// <summary>Reads one item of <c>SchedulingPolicies</c>.</summary>
public static class SchedulingPolicyParser
{
    /// <summary>Parses <paramref name="item"/>; null when its Id is unusable (the generic Id rules report why).</summary>
    public static SchedulingPolicySpec? Parse(MapNode item, DiagnosticBag diagnostics)
    {
        var reader = new ObjectReader(item, diagnostics, "a scheduling policy");
        reader.Ignore("Id");
        var spec = new SchedulingPolicySpec(item.Get("Id") is ScalarNode { Value: var id } ? id : "", item.Path)
        {
            ShareDecaySeconds = reader.Duration("ShareDecay"),
            ComputeReservation = reader.Int("ComputeReservation", ParsingMessages.WholeNumberFrom(0, 99)),
            Shares = ReadShares(reader),
            Tags = reader.StringMap("Tags"),
        };
        reader.Finish();
        return item.Get("Id") is ScalarNode ? spec : null;
    }

    private static ImmutableArray<ShareSpec> ReadShares(ObjectReader reader)
    {
        var result = ImmutableArray.CreateBuilder<ShareSpec>();
        foreach (var item in reader.List("Shares") ?? [])
        {
            if (item is not MapNode map)
            {
                reader.TypeError(item, "an object with Identifier and Weight");
                continue;
            }
            var r = new ObjectReader(map, reader.Diagnostics, "a share");
            result.Add(new(r.String("Identifier", required: true, "give up to 255 letters and digits, optionally ending with '*'"), r.Number("Weight"), map.Path));
            r.Finish();
        }
        return result.ToImmutable();
    }
}
