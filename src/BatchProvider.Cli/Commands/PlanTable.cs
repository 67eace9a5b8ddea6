using BatchProvider.Domain.Planning;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>The human plan: a Spectre.Console table of resource, action and why, then the plan's diagnostics.</summary>
internal static class PlanTable
{
    /// <summary>Writes <paramref name="plan"/> to <paramref name="console"/>; no-op rows are left out unless there is nothing else.</summary>
    public static void Write(IAnsiConsole console, Plan plan)
    {
        var rows = PlanFormatter.Rows(plan);
        var changes = rows.Where(r => r.Action != nameof(StepAction.NoOp)).ToList();
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Resource").AddColumn("Action").AddColumn("Why").AddColumn(new TableColumn("Steps").RightAligned());
        foreach (var row in changes)
            table.AddRow(Markup.Escape(row.Resource), $"[{Colour(row.Action)}]{row.Action}[/]", Markup.Escape(row.Why), row.Steps.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (changes.Count > 0) console.Write(table);
        var unchanged = rows.Length - changes.Count;
        console.MarkupLine(changes.Count == 0
            ? $"[green]No changes.[/] {unchanged} resource(s) already match the spec."
            : $"Plan: {changes.Count} change(s), {changes.Sum(c => c.Steps)} step(s); {unchanged} resource(s) unchanged.");
        foreach (var d in plan.Diagnostics)
            console.MarkupLine($"[{(d.Severity == Domain.Diagnostics.Severity.Error ? "red" : "yellow")}]{Markup.Escape(d.ToString())}[/]");
    }

    private static string Colour(string action) => action switch
    {
        nameof(StepAction.Create) => "green",
        nameof(StepAction.Update) => "yellow",
        nameof(StepAction.ReplaceCreateFirst) or nameof(StepAction.ReplaceDeleteFirst) => "fuchsia",
        nameof(StepAction.Delete) => "red",
        _ => "grey",
    };
}
