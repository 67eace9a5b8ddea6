using System.CommandLine;
using BatchProvider.Cli.Protocol;
using BatchProvider.Cli.Sandbox;
using BatchProvider.Lambda.CustomResource;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// <c>batchstack destroy FILE [--endpoint URL] [--parameters K=V ...]</c>: prints what will go, then sends the Delete a
/// stack would send (with the PhysicalResourceId the provider issues for the file's Name) through the Lambda's own
/// handler, which removes everything that Name owns in Batch's order, with progress. Exit codes as for <c>deploy</c>.
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
        command.SetAction((parseResult, cancellationToken) => ReconcileSession.RunAsync(input, parseResult, settings, time, console, async (session, ansi, log) =>
        {
            var name = session.Spec.Desired.StackName;
            PlanTable.Write(ansi, (await session.Reconciler.PlanDestroyAsync(name, cancellationToken)).Plan);

            var request = LocalRequest.Destroy(session.Resource, name, session.Target.ArnPrefix, time.GetUtcNow());
            var answer = await HandlerRun.SendAsync(session, request, ansi, log, time, TimeSpan.FromMinutes(parseResult.GetValue(timeout)), cancellationToken);
            var exit = HandlerRun.Report(ansi, answer);
            if (answer?.Status == CustomResourceResponse.Succeeded)
            {
                // The answer carries no Data on Delete; a fresh look is the user's evidence that nothing is left.
                var left = await session.Reconciler.Observer.ObserveAsync(name, null, cancellationToken);
                ansi.MarkupLine($"[green]Destroyed:[/] {left.OwnedCount} owned resource(s) left.");
            }
            return exit;
        }, cancellationToken));
        return command;
    }
}
