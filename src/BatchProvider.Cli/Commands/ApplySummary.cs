using BatchProvider.Lambda.Reconcile;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>The end of an apply for people: counts per outcome, every failure with its AWS error, and the exit code.</summary>
internal static class ApplySummary
{
    /// <summary>Writes the summary of <paramref name="result"/> and returns the command's exit code.</summary>
    public static int Write(IAnsiConsole console, ApplyResult result)
    {
        var counts = string.Join(", ", result.Outcomes.GroupBy(o => o.Status).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
        foreach (var problem in result.Problems) console.MarkupLine($"[red]refused:[/] {Markup.Escape(problem)}");
        foreach (var failure in result.Failures) console.MarkupLine($"[red]failed:[/] {Markup.Escape(failure.Step.Id)}: {Markup.Escape(failure.Error?.ToString() ?? "")}");
        if (result.ObserveError is { } error) console.MarkupLine($"[yellow]could not observe the result:[/] {Markup.Escape(error)}");
        console.MarkupLine($"Apply {result.Status}: {counts}.");
        return ExitCode(result.Status);
    }

    /// <remarks>CS8524 (unnamed enum values) is silenced so that a new named status still fails the build (CS8509).</remarks>
#pragma warning disable CS8524
    private static int ExitCode(ApplyStatus status) => status switch
    {
        ApplyStatus.Succeeded => BatchStackCli.Valid,
        ApplyStatus.InProgress => DeployCommand.InProgress,
        ApplyStatus.Failed or ApplyStatus.Refused => BatchStackCli.Invalid,
    };
#pragma warning restore CS8524
}
