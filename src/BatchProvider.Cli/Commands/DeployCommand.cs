using System.CommandLine;
using BatchProvider.Cli.Protocol;
using BatchProvider.Cli.Sandbox;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// <c>batchstack deploy FILE [--endpoint URL] [--parameters K=V ...] [--timeout MINUTES]</c>: prints the plan, then sends
/// the Create or Update a stack would send through the Lambda's own handler (<see cref="HandlerRun"/>), showing each
/// step as it happens (JSON-lines logs on standard error). The handler answers SUCCESS only once a fresh plan
/// converged. Exit 0 on SUCCESS, 1 on FAILED (its Reason is printed), 3 when the timeout stopped it (run it again).
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
        command.SetAction((parseResult, cancellationToken) => ReconcileSession.RunAsync(input, parseResult, settings, time, console, async (session, ansi, log) =>
        {
            var planned = await session.Reconciler.PlanAsync(session.Spec, cancellationToken: cancellationToken);
            PlanTable.Write(ansi, planned.Plan);

            var request = LocalRequest.Deploy(session.Resource, session.Spec.Desired.StackName, session.Target.ArnPrefix,
                exists: planned.Observed.OwnedCount > 0, time.GetUtcNow());
            var answer = await HandlerRun.SendAsync(session, request, ansi, log, time, TimeSpan.FromMinutes(parseResult.GetValue(timeout)), cancellationToken);
            return HandlerRun.Report(ansi, answer);
        }, cancellationToken));
        return command;
    }
}
