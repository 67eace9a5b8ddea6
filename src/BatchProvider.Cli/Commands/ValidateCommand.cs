using System.CommandLine;
using System.Text.Json;
using BatchProvider.Cli.Output;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Cli.Commands;

/// <summary><c>batchstack validate FILE [--parameters K=V ...] [--format text|json]</c>: runs every rule over each BatchStack of the file.</summary>
public static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var input = new StackInput();
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "Check a template's BatchStack resources; exit 0 when valid (warnings allowed), 1 when invalid, 2 when unreadable.");
        input.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            if (input.Load(parseResult, console) is not { } loaded) return BatchStackCli.UsageError;
            var reports = loaded.Stacks.Select(s => (Stack: s, Result: SpecPipeline.Run(s.Properties))).ToList();
            if (parseResult.GetValue(format) == "json")
            {
                var report = new ValidateReport(
                    reports.All(r => !r.Result.HasErrors),
                    [.. loaded.Diagnostics.Select(DiagnosticReport.From)],
                    [.. reports.Select(r => new StackValidateReport(
                        r.Stack.LogicalId,
                        !r.Result.HasErrors,
                        r.Result.Errors.Count(),
                        r.Result.Warnings.Count(),
                        [.. r.Result.Diagnostics.Select(DiagnosticReport.From)]))]);
                console.Out.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Default.ValidateReport));
            }
            else
            {
                foreach (var d in loaded.Diagnostics) console.Out.WriteLine(d);
                foreach (var (stack, result) in reports)
                {
                    foreach (var d in result.Diagnostics) console.Out.WriteLine(d);
                    console.Out.WriteLine(Summary(stack.LogicalId, result));
                }
            }
            return reports.Any(r => r.Result.HasErrors) ? BatchStackCli.Invalid : BatchStackCli.Valid;
        });
        return command;
    }

    /// <summary>One line per BatchStack: <c>Research: invalid (2 errors, 1 warning)</c>.</summary>
    public static string Summary(string? logicalId, SpecPipelineResult result)
    {
        int errors = result.Errors.Count(), warnings = result.Warnings.Count();
        return $"{logicalId ?? "BatchStack"}: {(errors == 0 ? "valid" : "invalid")} ({Count(errors, "error")}, {Count(warnings, "warning")})";
    }

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
