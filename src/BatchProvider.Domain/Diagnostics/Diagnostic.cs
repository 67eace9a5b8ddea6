namespace BatchProvider.Domain.Diagnostics;

/// <summary>
/// One problem found in a spec: where (<see cref="Path"/>, in the template's own property names), what
/// (a stable <see cref="Code"/> from <see cref="DiagnosticCodes"/>), and a message that says what would be valid.
/// </summary>
public sealed record Diagnostic(Severity Severity, PropertyPath Path, string Code, string Message)
{
    /// <summary>Renders as <c>error BSxxxx JobQueues[0].Priority: message</c>.</summary>
    public override string ToString() =>
        $"{(Severity == Severity.Error ? "error" : "warning")} {Code} {(Path.IsRoot ? "" : Path + ": ")}{Message}";
}
