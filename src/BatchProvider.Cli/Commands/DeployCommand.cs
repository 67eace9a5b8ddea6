using System.CommandLine;
using BatchProvider.Cli.Sandbox;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Reconcile.Convergence;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// <c>batchstack deploy FILE [--endpoint URL] [--parameters K=V ...] [--timeout MINUTES]</c>: plans and applies,
/// showing each step as it happens (JSON-lines logs on standard error), then plans again and judges the result
/// (<see cref="Convergence"/>). Exit 0 only when converged, 1 on errors or a difference left, 3 when the timeout stopped
/// it (run it again).
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
            var (session, exitCode) = await ReconcileSession.OpenAsync(input, parseResult, settings, time, log, console, showWarnings: true, cancellationToken);
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
            return ConvergenceReport.Write(ansi, Convergence.Judge(check.Plan, target.Kind), check.Plan);
        }));
        return command;
    }
}
