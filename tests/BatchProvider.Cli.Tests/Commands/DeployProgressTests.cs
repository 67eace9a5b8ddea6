using System.Text.Json;
using BatchProvider.Cli.Commands;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Reconcile;

namespace BatchProvider.Cli.Tests.Commands;

/// <summary>The JSON log lines of an apply: every duration is a number of milliseconds and says so in its name.</summary>
public sealed class DeployProgressTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static readonly Step Register = new("jd/train/register", new ResourceAddress(ResourceFamily.JobDefinition, "train", "research-train"),
        StepAction.Create, StepReason.NotFound, [], null, null, [], new NoChange());

    public static TheoryData<string, string, double> Durations => new()
    {
        // event, duration field, value
        { "apply.step.waiting", "nextPollMs", 5000 },
        { "apply.step.retrying", "delayMs", 250 },
        { "apply.step.finished", "elapsedMs", 1500.5 },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void Report_WritesDurationsAsMillisecondsNamedMs(string name, string field, double milliseconds)
    {
        var log = new StringWriter();
        var progress = new DeployProgress(CliAnsi.For(new CliConsole(new StringWriter(), new StringWriter())), new JsonLinesLogSink(log, TimeProvider.System, LogLevel.Debug));

        progress.Report(new StepWaiting(At, Register, "CREATING", null, TimeSpan.FromSeconds(5)));
        progress.Report(new StepRetrying(At, Register, new StepError("TooManyRequestsException", "slow down", "r-1"), TimeSpan.FromMilliseconds(250)));
        progress.Report(new StepFinished(At, Register, new StepOutcome(Register, StepStatus.Succeeded, null, null, TimeSpan.FromMilliseconds(1500.5))));

        var line = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.GetProperty("event").GetString() == name);
        Assert.Equal(milliseconds, line.GetProperty(field).GetDouble());
        Assert.All(line.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number), p => Assert.EndsWith("Ms", p.Name, StringComparison.Ordinal));
    }
}
