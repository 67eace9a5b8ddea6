using System.CommandLine;
using System.Text.Json;
using BatchProvider.Cli.Input;
using BatchProvider.Cli.Output;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Cli.Commands;

/// <summary><c>batchstack validate FILE [--parameters K=V ...] [--format text|json]</c>: runs every rule over each BatchStack of the file.</summary>
public static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var input = new SpecInput();
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "Check a template's BatchStack resources; exit 0 when valid (warnings allowed), 1 when invalid, 2 when unreadable.");
        input.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            if (input.Load(parseResult, console, offered: EmptyParameters, requireResolved: false) is not { } loaded) return BatchStackCli.UsageError;
            if (parseResult.GetValue(format) == "json")
            {
                var report = new ValidateReport(
                    !loaded.HasErrors,
                    [.. loaded.Document.Diagnostics.Select(DiagnosticReport.From)],
                    [.. loaded.Stacks.Select(s => new StackValidateReport(
                        s.LogicalId,
                        !s.HasErrors,
                        s.Diagnostics.Count(d => d.Severity == Severity.Error),
                        s.Diagnostics.Count(d => d.Severity == Severity.Warning),
                        [.. s.Diagnostics.Select(DiagnosticReport.From)]))]);
                console.Out.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Default.ValidateReport));
            }
            else
            {
                DiagnosticsRenderer.Write(console.Out, loaded);
            }
            return loaded.Document.Failed ? BatchStackCli.UsageError : loaded.HasErrors ? BatchStackCli.Invalid : BatchStackCli.Valid;
        });
        return command;
    }

    /// <summary>No parameter values besides the user's.</summary>
    internal static readonly IReadOnlyDictionary<string, string> EmptyParameters = new Dictionary<string, string>();
}
