namespace BatchProvider.Domain.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is. Errors block deployment; warnings never do.</summary>
public enum Severity
{
    /// <summary>Legal but risky: reported, deployment goes on.</summary>
    Warning,

    /// <summary>The spec cannot be deployed as written.</summary>
    Error,
}
