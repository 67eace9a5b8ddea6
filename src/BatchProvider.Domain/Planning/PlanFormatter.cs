using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Planning;

/// <summary>Renders a <see cref="Plan"/> for people (rows the CLI wraps in a table) and for machines (JSON).</summary>
public static class PlanFormatter
{
    /// <summary>
    /// One row per resource change, in plan order: a replacement's steps share one row and name the old generation
    /// first (<c>old → new</c>); the reason is the first step's.
    /// </summary>
    public static ImmutableArray<PlanRow> Rows(Plan plan) =>
        plan.Steps
            .GroupBy(s => (s.Resource.Family, s.Resource.Id, s.Action))
            .Select(g =>
            {
                var created = g.Where(s => s.Operation is CreateComputeEnvironment or CreateJobQueue).Select(s => s.Resource.Name).ToHashSet(StringComparer.Ordinal);
                var names = g.Select(s => s.Resource.Name).Distinct(StringComparer.Ordinal).OrderBy(created.Contains).ToList();
                var first = g.First();
                var why = first.Reason.ToString();
                if (!first.ForcedReplaceBy.IsEmpty) why += ": " + string.Join(", ", first.ForcedReplaceBy);
                var resource = $"{first.Resource.Family} {first.Resource.Id}: {string.Join(" → ", names)}";
                return new PlanRow(resource, first.Action.ToString(), why, g.Count(s => s.Action != StepAction.NoOp));
            })
            .ToImmutableArray();

    /// <summary>A plain-text table plus the diagnostics, for logs and terminals without Spectre.Console.</summary>
    public static string Text(Plan plan)
    {
        var rows = Rows(plan);
        var header = new PlanRow("RESOURCE", "ACTION", "WHY", 0);
        var all = rows.Prepend(header).ToList();
        var w1 = all.Max(r => r.Resource.Length);
        var w2 = all.Max(r => r.Action.Length);
        var text = new StringBuilder();
        foreach (var row in all)
        {
            text.Append(row.Resource.PadRight(w1)).Append("  ").Append(row.Action.PadRight(w2)).Append("  ").AppendLine(row.Why);
        }
        foreach (var diagnostic in plan.Diagnostics) text.AppendLine(diagnostic.ToString());
        return text.ToString();
    }

    /// <summary>The whole plan as JSON (source-generated, trim-safe).</summary>
    public static string Json(Plan plan) => JsonSerializer.Serialize(PlanDocument.From(plan), PlanJsonContext.Default.PlanDocument);
}
