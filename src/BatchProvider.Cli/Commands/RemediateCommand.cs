using System.CommandLine;
using BatchProvider.Cli.Sandbox;
using BatchProvider.Lambda.Remediation;
using BatchProvider.Lambda.Remediation.Metrics;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// <c>batchstack remediate FILE [--endpoint URL | --aws] [--region R] [--parameters K=V ...] [--dry-run]
/// [--notify-queue-url URL]</c>: one sweep of the stuck-job remediation, the same
/// <see cref="StuckJobRemediation.RunSweepAsync(SweepOptions, DateTimeOffset, CancellationToken)"/> the Lambda's schedule
/// runs, limited to the queues the file's BatchStack owns, then a table of every job it examined.
/// </summary>
internal static class RemediateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console, CliSettings settings, TimeProvider time)
    {
        var input = new PlanInput();
        var dryRun = new Option<bool>("--dry-run") { Description = "Diagnose and print the action each job would get; change nothing." };
        var notifyQueue = new Option<string>("--notify-queue-url")
        {
            Description = "SQS queue URL that receives the Notify action's messages. Without it, Notify decisions are printed only.",
        };
        notifyQueue.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
                result.AddError($"--notify-queue-url {url} is not an absolute URL such as https://sqs.us-east-1.amazonaws.com/123456789012/notify.");
        });
        var command = new Command("remediate",
            "Run one stuck-job sweep over the queues the file's BatchStack owns: diagnose every job RUNNABLE longer than its queue's "
            + "StuckJobs.After and apply the queue's action (Cancel, Terminate, Resubmit, Notify). Jobs in queues the stack does not own "
            + "are never touched. Exit codes: 0 swept (also when actions were taken), 1 invalid spec, Batch unreachable or an action "
            + "failed, 2 usage error or unreadable FILE.");
        input.AddTo(command);
        command.Options.Add(dryRun);
        command.Options.Add(notifyQueue);
        command.SetAction((parseResult, cancellationToken) => ReconcileSession.RunAsync(input, parseResult, settings, time, console, async (session, ansi, log) =>
        {
            var (target, spec, _, _) = session;
            var stack = spec.Desired.StackName;
            if (!spec.Desired.JobQueues.Any(q => q.StuckJobs is not null))
            {
                ansi.MarkupLine($"Stack {Markup.Escape(stack)} declares no StuckJobs policy on any job queue; nothing to sweep.");
                return BatchStackCli.Valid;
            }

            var notifyUrl = parseResult.GetValue(notifyQueue);
            var remediation = StuckJobRemediation.Create(target.Batch, target.Sqs,
                new RemediationSettings(RemediationQueueUrl: null, notifyUrl, RemediationSettings.DefaultConcurrency), log, time,
                // The Lambda's EMF lines go next to its JSON logs on standard error, leaving standard output to the table.
                new EmfMetricSink(console.Error, time));
            var options = new SweepOptions { DryRun = parseResult.GetValue(dryRun), Stack = stack, ReportNotifyWithoutQueue = true };
            var outcomes = await remediation.RunSweepAsync(options, DateTimeOffset.MaxValue, cancellationToken);
            RemediationTable.Write(ansi, stack, outcomes, options.DryRun);
            return outcomes.Any(o => o.Status == ActionStatus.Failed) ? BatchStackCli.Invalid : BatchStackCli.Valid;
        }, cancellationToken));
        return command;
    }
}
