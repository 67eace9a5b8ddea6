using BatchProvider.Lambda.Logging;

namespace BatchProvider.Cli;

/// <summary>
/// The last resort of every command: an exception nothing else handled is a bug or an environment we did not foresee,
/// and still never reaches the user as a stack trace. It becomes one JSON log line with the detail (event
/// <c>cli.unexpected_error</c>: the command, the exception type and message and those of its inner exceptions) and one
/// plain line, both on standard error, and exit code <see cref="BatchStackCli.Invalid"/>.
/// </summary>
internal static class UnexpectedFailure
{
    /// <summary>The event name of the log line.</summary>
    public const string EventName = "cli.unexpected_error";

    /// <summary>Reports <paramref name="exception"/>, raised while running <paramref name="command"/> (null before parsing).</summary>
    public static async Task<int> ReportAsync(CliConsole console, string? command, Exception exception, TimeProvider time)
    {
        var inner = new List<string>();
        for (var e = exception.InnerException; e is not null; e = e.InnerException) inner.Add($"{e.GetType().Name}: {OneLine(e.Message)}");
        new JsonLinesLogSink(console.Error, time).Write(LogEvent.Of(LogLevel.Error, EventName,
            ("command", command), ("error", exception.GetType().FullName), ("message", exception.Message), ("hresult", exception.HResult),
            ("inner", inner.Count == 0 ? null : string.Join(" <- ", inner))));
        await console.Error.WriteLineAsync(
            $"error: {(command is null ? "batchstack" : $"batchstack {command}")} failed unexpectedly ({exception.GetType().Name}: {OneLine(exception.Message)}); the log line above has the detail.");
        return BatchStackCli.Invalid;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
