using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Cli.Output;

/// <summary>The JSON document of <c>validate --format json</c>.</summary>
public sealed record ValidateReport(bool Valid, IReadOnlyList<DiagnosticReport> DocumentDiagnostics, IReadOnlyList<StackValidateReport> Stacks);

/// <summary>The result for one BatchStack resource.</summary>
public sealed record StackValidateReport(string? LogicalId, bool Valid, int Errors, int Warnings, IReadOnlyList<DiagnosticReport> Diagnostics);

/// <summary>One diagnostic as JSON.</summary>
public sealed record DiagnosticReport(string Severity, string Code, string Path, string Message)
{
    /// <summary>Converts a domain diagnostic.</summary>
    public static DiagnosticReport From(Diagnostic d) =>
        new(d.Severity == Domain.Diagnostics.Severity.Error ? "error" : "warning", d.Code, d.Path.ToString(), d.Message);
}
