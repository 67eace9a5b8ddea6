using System.Globalization;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;
using BatchProvider.Lambda.Remediation;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary><c>remediate</c>'s output: one row per examined job (job, queue, time RUNNABLE, diagnosis, action), then a summary.</summary>
internal static class RemediationTable
{
    /// <summary>Writes <paramref name="outcomes"/> of a sweep over <paramref name="stack"/> to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, string stack, IReadOnlyList<RemediationOutcome> outcomes, bool dryRun)
    {
        if (outcomes.Count == 0)
        {
            console.MarkupLine($"No job of stack {Markup.Escape(stack)} has been RUNNABLE longer than its queue's StuckJobs.After.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Job").NoWrap()).AddColumn("Queue").AddColumn(new TableColumn("RUNNABLE for").RightAligned())
            .AddColumn("Diagnosis").AddColumn(new TableColumn("Action").NoWrap());
        foreach (var o in outcomes.OrderBy(o => o.Decision.QueueArn, StringComparer.Ordinal).ThenByDescending(o => o.Decision.RunnableFor).ThenBy(o => o.Decision.JobId, StringComparer.Ordinal))
        {
            var d = o.Decision;
            table.AddRow(
                $"{Markup.Escape(d.JobName)}\n[grey]{Markup.Escape(d.JobId)}[/]",
                Markup.Escape(QueueName(d.QueueArn)),
                Duration(d.RunnableFor),
                Diagnosis(d),
                Action(o));
        }
        console.Write(table);
        var counts = outcomes.GroupBy(o => Summary(o)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        console.MarkupLine(Markup.Escape($"Swept stack {stack}: {outcomes.Count} job(s) RUNNABLE past StuckJobs.After; {string.Join(", ", counts)}."));
        if (dryRun) console.MarkupLine("[yellow]Dry run:[/] nothing was changed.");
        else if (outcomes.Any(o => o.Detail == SweepOptions.NotifyNotSent))
            console.MarkupLine("[yellow]Notify decisions were printed only:[/] give --notify-queue-url to send them.");
    }

    private static string Diagnosis(StuckJobDecision d)
    {
        var evidence = d.Evidence.IsEmpty ? "" : "\n" + Markup.Escape(string.Join("\n", d.Evidence));
        return d.Verdict switch
        {
            StuckVerdict.Stuck => $"[bold]{Markup.Escape(d.Cause?.WireName() ?? "NONE")}[/]{evidence}",
            StuckVerdict.Blocked => $"[bold]BLOCKED[/] behind {Markup.Escape(d.BlockedBy ?? "the head of the queue")} ({Markup.Escape(d.Cause?.WireName() ?? "NONE")}){evidence}",
            StuckVerdict.AlreadyRemediated => "[grey]already remediated by BatchProvider[/]",
            StuckVerdict.NotRunnable => "[grey]no longer RUNNABLE[/]",
            StuckVerdict.NotYet => "[grey]not due yet[/]",
            _ => throw new ArgumentOutOfRangeException(nameof(d), d.Verdict, null),
        };
    }

    private static string Action(RemediationOutcome o)
    {
        var action = o.Decision.Action;
        return o.Status switch
        {
            ActionStatus.None => o.Decision.Verdict == StuckVerdict.Blocked ? "[grey]none: acting on the head frees it[/]" : "[grey]none[/]",
            ActionStatus.Done => $"[green]{Markup.Escape(Done(action, o.Detail))}[/]",
            ActionStatus.DryRun when o.Detail == SweepOptions.NotifyNotSent => "[yellow]notify: printed only (no --notify-queue-url)[/]",
            ActionStatus.DryRun => $"[yellow]would {Markup.Escape(Verb(action))}[/]",
            ActionStatus.Failed => $"[red]{Markup.Escape(Verb(action))} failed: {Markup.Escape(o.Detail ?? "")}[/]",
            ActionStatus.Deferred or ActionStatus.Rechecking => $"[grey]{Markup.Escape(o.Status.ToString().ToLowerInvariant())}[/]",
            _ => throw new ArgumentOutOfRangeException(nameof(o), o.Status, null),
        };
    }

    private static string Done(StuckJobAction? action, string? detail) => action switch
    {
        StuckJobAction.Cancel => "cancelled",
        StuckJobAction.Terminate => "terminated",
        StuckJobAction.Resubmit => $"resubmitted as {detail}; original cancelled",
        StuckJobAction.Notify => "notified",
        _ => "done",
    };

    private static string Verb(StuckJobAction? action) => action switch
    {
        StuckJobAction.Cancel => "cancel",
        StuckJobAction.Terminate => "terminate",
        StuckJobAction.Resubmit => "resubmit",
        StuckJobAction.Notify => "notify",
        _ => "act",
    };

    // One word per row for the summary line: what happened to the job.
    private static string Summary(RemediationOutcome o) => o.Status switch
    {
        ActionStatus.Done => Done(o.Decision.Action, null).Split(' ')[0],
        ActionStatus.DryRun => $"would {Verb(o.Decision.Action)}",
        ActionStatus.Failed => "failed",
        _ => o.Decision.Verdict switch
        {
            StuckVerdict.Blocked => "blocked",
            StuckVerdict.AlreadyRemediated => "already remediated",
            _ => "left alone",
        },
    };

    private static string QueueName(string arn) => arn[(arn.LastIndexOf('/') + 1)..];

    private static string Duration(TimeSpan d) => d.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(long)d.TotalHours}h {d.Minutes}m")
        : d.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{d.Minutes}m {d.Seconds}s") : string.Create(CultureInfo.InvariantCulture, $"{d.Seconds}s");
}
