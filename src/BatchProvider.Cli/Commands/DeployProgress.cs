using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Reconcile;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>
/// Shows an apply as it happens: one status line per step event on the console, and every event as a JSON line on
/// the log sink (standard error); counts how the steps of the current pass ended. Thread-safe: the applier reports
/// from concurrent steps.
/// </summary>
internal sealed class DeployProgress(IAnsiConsole console, ILogSink log) : IProgress<ApplyEvent>
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<StepStatus, int> _finished = [];

    /// <summary>Starts counting afresh: each pass plans again from what Batch reports, so only the last one's steps add up.</summary>
    public void BeginPass()
    {
        lock (_gate) _finished.Clear();
    }

    /// <summary>
    /// How the pass's steps ended, by the applier's own rule (any failed, else any left pending, else succeeded):
    /// <c>Apply Succeeded: 18 succeeded.</c>; null when the pass ran no step.
    /// </summary>
    public string? Summary()
    {
        lock (_gate)
        {
            if (_finished.Count == 0) return null;
            var status = _finished.ContainsKey(StepStatus.Failed) ? ApplyStatus.Failed
                : _finished.ContainsKey(StepStatus.Pending) ? ApplyStatus.InProgress
                : ApplyStatus.Succeeded;
            return $"Apply {status}: {string.Join(", ", _finished.Select(p => $"{p.Value} {p.Key.ToString().ToLowerInvariant()}"))}.";
        }
    }

    /// <inheritdoc />
    public void Report(ApplyEvent value)
    {
        lock (_gate)
        {
            switch (value)
            {
                case StepStarted e:
                    console.MarkupLine($"[grey]{Time(e.At)}[/] [blue]start[/]    {Markup.Escape(e.Step.Id)}");
                    log.Write(LogEvent.Of(LogLevel.Info, "apply.step.started", ("step", e.Step.Id), ("action", e.Step.Action.ToString())));
                    break;
                case StepWaiting e:
                    console.MarkupLine($"[grey]{Time(e.At)}[/] [grey]waiting[/]  {Markup.Escape(e.Step.Id)}: {Markup.Escape(e.Status ?? "absent")}{Markup.Escape(e.StatusReason is null ? "" : $" ({e.StatusReason})")}, next poll in {e.NextPoll.TotalSeconds:0.#} s");
                    log.Write(LogEvent.Of(LogLevel.Debug, "apply.step.waiting", ("step", e.Step.Id), ("status", e.Status), ("statusReason", e.StatusReason), ("nextPollMs", e.NextPoll)));
                    break;
                case StepRetrying e:
                    console.MarkupLine($"[grey]{Time(e.At)}[/] [yellow]retry[/]    {Markup.Escape(e.Step.Id)}: {Markup.Escape(e.Error.ToString())}, again in {e.Delay.TotalSeconds:0.#} s");
                    log.Write(LogEvent.Of(LogLevel.Warn, "apply.step.retrying", ("step", e.Step.Id), ("code", e.Error.Code), ("message", e.Error.Message), ("requestId", e.Error.RequestId), ("delayMs", e.Delay)));
                    break;
                case StepFinished e:
                    _finished[e.Outcome.Status] = _finished.GetValueOrDefault(e.Outcome.Status) + 1;
                    console.MarkupLine($"[grey]{Time(e.At)}[/] [{Colour(e.Outcome.Status)}]{e.Outcome.Status.ToString().ToLowerInvariant(),-8}[/] {Markup.Escape(e.Step.Id)}{Markup.Escape(Detail(e.Outcome))}");
                    log.Write(LogEvent.Of(e.Outcome.Status == StepStatus.Failed ? LogLevel.Error : LogLevel.Info, "apply.step.finished",
                        ("step", e.Step.Id), ("status", e.Outcome.Status.ToString()), ("elapsedMs", e.Outcome.Elapsed),
                        ("code", e.Outcome.Error?.Code), ("message", e.Outcome.Error?.Message), ("requestId", e.Outcome.Error?.RequestId), ("blockedBy", e.Outcome.BlockedBy)));
                    break;
            }
        }
    }

    private static string Time(DateTimeOffset at) => at.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static string Detail(StepOutcome outcome) =>
        outcome.Error is { } error ? $": {error}" : outcome.BlockedBy is { } blocker ? $" (blocked by {blocker})" : "";

    /// <remarks>CS8524 (unnamed enum values) is silenced so that a new named status still fails the build (CS8509).</remarks>
#pragma warning disable CS8524
    private static string Colour(StepStatus status) => status switch
    {
        StepStatus.Succeeded => "green",
        StepStatus.Failed => "red",
        StepStatus.Skipped => "yellow",
        StepStatus.Pending => "grey",
    };
#pragma warning restore CS8524
}
