using System.CommandLine;
using BatchProvider.Cli.Sandbox;
using BatchProvider.Domain.Planning;
using BatchProvider.Lambda.Reconcile;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// <c>batchstack plan FILE [--endpoint URL] [--parameters K=V ...] [--format text|json]</c>: observes the target and
/// prints what <c>deploy</c> would do (resource, action, why), changing nothing. Exit 0 when the plan can be applied,
/// 1 when the spec or the plan has errors, 2 on usage errors.
/// </summary>
internal static class PlanCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console, CliSettings settings, TimeProvider time)
    {
        var input = new PlanInput();
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("plan", "Show what deploy would change in Batch, and why, without changing anything.");
        input.AddTo(command);
        command.Options.Add(format);
        command.SetAction((parseResult, cancellationToken) => CliAnsi.Guard(console, async () =>
        {
            var ansi = CliAnsi.For(console);
            var (session, exitCode) = await ReconcileSession.OpenAsync(input, parseResult, settings, time, CliAnsi.Log(console, time), console, showWarnings: parseResult.GetValue(format) != "json", cancellationToken);
            if (session is null) return exitCode;
            await using var _ = session;
            var (target, spec, _, reconciler) = session;
            var planned = await reconciler.PlanAsync(spec, cancellationToken: cancellationToken);
            if (parseResult.GetValue(format) == "json")
            {
                await console.Out.WriteLineAsync(PlanFormatter.Json(planned.Plan));
            }
            else
            {
                ansi.MarkupLine($"[grey]Target: {Markup.Escape(target.Description)}[/]");
                PlanTable.Write(ansi, planned.Plan);
            }
            return planned.Plan.HasErrors ? BatchStackCli.Invalid : BatchStackCli.Valid;
        }));
        return command;
    }
}
