using BatchProvider.Domain.Planning;
using BatchProvider.Lambda.Reconcile.Convergence;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>The end of a deploy for people: whether a fresh plan is empty, each tolerated emulator gap by name, and the exit code.</summary>
internal static class ConvergenceReport
{
    /// <summary>Writes <paramref name="verdict"/> (and the fresh plan when something is left) and returns the exit code.</summary>
    public static int Write(IAnsiConsole console, ConvergenceVerdict verdict, Plan freshPlan)
    {
        foreach (var gap in verdict.Tolerated) console.MarkupLine($"[yellow]tolerated emulator gap:[/] {Markup.Escape(gap.ToString())}");
        if (verdict.Converged)
        {
            console.MarkupLine(verdict.Tolerated.IsEmpty
                ? "[green]Converged:[/] a fresh plan has no changes."
                : "[green]Converged:[/] a fresh plan has no changes besides the emulator gaps above.");
            return BatchStackCli.Valid;
        }
        console.MarkupLine("[red]Not converged:[/] a fresh plan still differs from Batch:");
        foreach (var difference in verdict.Remaining) console.MarkupLine($"  {Markup.Escape(difference.ToString())}");
        PlanTable.Write(console, freshPlan);
        return BatchStackCli.Invalid;
    }
}
