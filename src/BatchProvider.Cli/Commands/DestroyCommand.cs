using System.CommandLine;
using BatchProvider.Cli.Sandbox;
using BatchProvider.Lambda.Reconcile;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// <c>batchstack destroy FILE [--endpoint URL] [--parameters K=V ...]</c>: removes everything the file's BatchStack
/// owns (resources carrying its ownership tag), in Batch's order, with progress. Exit codes as for <c>deploy</c>.
/// </summary>
internal static class DestroyCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console, CliSettings settings, TimeProvider time)
    {
        var input = new PlanInput();
        var timeout = ReconcileSession.TimeoutOption();
        var command = new Command("destroy", "Remove every Batch resource the file's BatchStack owns.");
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
            var planned = await reconciler.PlanDestroyAsync(spec.Desired.StackName, cancellationToken);
            PlanTable.Write(ansi, planned.Plan);
            if (planned.Plan.HasErrors) return BatchStackCli.Invalid;
            if (!planned.Plan.HasChanges) return BatchStackCli.Valid;

            var deadline = time.GetUtcNow().AddMinutes(parseResult.GetValue(timeout));
            var result = await reconciler.Applier.ApplyAsync(planned.Plan, planned.Observed, null, deadline, new DeployProgress(ansi, log), cancellationToken);
            var exit = ApplySummary.Write(ansi, result);
            if (exit == BatchStackCli.Valid && result.After is { } after)
                ansi.MarkupLine($"[green]Destroyed:[/] {after.ComputeEnvironments.Length + after.JobQueues.Length + after.SchedulingPolicies.Length + after.JobDefinitions.Length} owned resource(s) left.");
            return exit;
        }));
        return command;
    }
}
