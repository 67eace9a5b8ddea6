using System.CommandLine;
using BatchProvider.Cli.Sandbox;
using BatchProvider.Lambda.Reconcile;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// <c>batchstack deploy FILE [--endpoint URL] [--parameters K=V ...] [--timeout MINUTES]</c>: plans and applies,
/// showing each step as it happens (JSON-lines logs on standard error), then plans again and shows anything still
/// different. Exit 0 when Batch matches the spec, 1 on errors, 3 when the timeout stopped it (run it again).
/// </summary>
internal static class DeployCommand
{
    /// <summary>Exit code when the deadline stopped the apply at a safe point; running the command again continues.</summary>
    public const int InProgress = 3;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console, CliSettings settings, TimeProvider time)
    {
        var input = new PlanInput();
        var timeout = ReconcileSession.TimeoutOption();
        var command = new Command("deploy", "Make Batch match the file: plan, apply with progress, confirm.");
        input.AddTo(command);
        command.Options.Add(timeout);
        command.SetAction((parseResult, cancellationToken) => CliAnsi.Guard(console, async () =>
        {
            var ansi = CliAnsi.For(console);
            var log = CliAnsi.Log(console, time);
            var (session, exitCode) = await ReconcileSession.OpenAsync(input, parseResult, settings, time, log, console, cancellationToken);
            if (session is null) return exitCode;
            await using var _ = session;
            var (target, spec, reconciler) = session;
            ansi.MarkupLine($"[grey]Target: {Markup.Escape(target.Description)}[/]");
            var planned = await reconciler.PlanAsync(spec, cancellationToken: cancellationToken);
            PlanTable.Write(ansi, planned.Plan);
            if (planned.Plan.HasErrors) return BatchStackCli.Invalid;
            if (!planned.Plan.HasChanges) return BatchStackCli.Valid;

            var deadline = time.GetUtcNow().AddMinutes(parseResult.GetValue(timeout));
            var result = await reconciler.Applier.ApplyAsync(planned.Plan, planned.Observed, spec.Desired, deadline,
                new DeployProgress(ansi, log), cancellationToken);
            var exit = ApplySummary.Write(ansi, result);
            if (exit != BatchStackCli.Valid) return exit;

            var check = await reconciler.PlanAsync(spec, cancellationToken: cancellationToken);
            if (!check.Plan.HasChanges)
            {
                ansi.MarkupLine("[green]Converged:[/] a fresh plan has no changes.");
                return BatchStackCli.Valid;
            }
            // Informational: the apply did everything it planned. Left-over differences are either drift that happened
            // meanwhile or fields the target does not round-trip (moto 5.2 drops updatePolicy, jobStateTimeLimitActions
            // and multi-node nodeProperties, and lower-cases retry actions), so they are shown, not failed on.
            ansi.MarkupLine("[yellow]A fresh plan still differs from Batch (on a local emulator: fields it does not store):[/]");
            PlanTable.Write(ansi, check.Plan);
            return BatchStackCli.Valid;
        }));
        return command;
    }
}
