using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Cli.Input;

/// <summary>
/// The one text form of diagnostics for every command: each diagnostic on its own line (<c>error BS0007 Path: ...</c>)
/// on standard output, then one summary line per BatchStack. Problems that are not diagnostics (an unreadable file,
/// a usage error) are one <c>error:</c> line on standard error instead.
/// </summary>
internal static class DiagnosticsRenderer
{
    /// <summary>Writes the document's diagnostics, then each stack's diagnostics and summary.</summary>
    public static void Write(TextWriter output, LoadedInput input)
    {
        foreach (var d in input.Document.Diagnostics) output.WriteLine(d);
        foreach (var stack in input.Stacks)
        {
            foreach (var d in stack.Diagnostics) output.WriteLine(d);
            output.WriteLine(Summary(stack.LogicalId, stack.Diagnostics));
        }
    }

    /// <summary>One line per BatchStack: <c>Research: invalid (2 errors, 1 warning)</c>.</summary>
    public static string Summary(string? logicalId, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        int errors = diagnostics.Count(d => d.Severity == Severity.Error), warnings = diagnostics.Count - errors;
        return $"{logicalId ?? "BatchStack"}: {(errors == 0 ? "valid" : "invalid")} ({Count(errors, "error")}, {Count(warnings, "warning")})";
    }

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
