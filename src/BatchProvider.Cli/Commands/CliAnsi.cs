using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Reconcile;
using Spectre.Console;

namespace BatchProvider.Cli.Commands;

/// <summary>Console, log and pacing choices shared by <c>plan</c>, <c>deploy</c> and <c>destroy</c>.</summary>
internal static class CliAnsi
{
    /// <summary>A Spectre console writing to the command's standard output (plain text when it is not a terminal).</summary>
    public static IAnsiConsole For(CliConsole console)
    {
        var redirected = Console.IsOutputRedirected;
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        // Redirected output (CI, scripts/demo) defaults to 80 columns, which folds the plan table.
        if (redirected) ansi.Profile.Width = 160;
        return ansi;
    }

    /// <summary>
    /// Runs a command body, turning a failure to reach or be answered by Batch (after the client's retries) into one
    /// "error:" line and exit code 1 instead of a stack trace.
    /// </summary>
    public static async Task<int> Guard(CliConsole console, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (e is Lambda.Aws.AwsServiceException or HttpRequestException or Polly.Timeout.TimeoutRejectedException or Lambda.Aws.AwsConfigurationException)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}");
            return BatchStackCli.Invalid;
        }
    }

    /// <summary>JSON-lines logs on standard error.</summary>
    public static ILogSink Log(CliConsole console, TimeProvider time) => new JsonLinesLogSink(console.Error, time);

    /// <summary>
    /// A local emulator settles at once (moto reports VALID immediately), so polling starts after half a second instead
    /// of Batch's realistic five.
    /// </summary>
    public static ApplyOptions ApplyOptions(Lambda.Reconcile.Convergence.TargetKind target) => target == Lambda.Reconcile.Convergence.TargetKind.LocalEmulator
        ? new ApplyOptions { FirstPollDelay = TimeSpan.FromMilliseconds(500), MaxPollDelay = TimeSpan.FromSeconds(5), FirstRetryDelay = TimeSpan.FromMilliseconds(500), MaxRetryDelay = TimeSpan.FromSeconds(5) }
        : new ApplyOptions();
}
