namespace BatchProvider.Domain.Diagnostics;

/// <summary>
/// Collects diagnostics instead of throwing at the first problem, so a user sees every mistake in one run.
/// Not thread-safe: one bag belongs to one parse or validation pass.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>Everything reported so far, in report order.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one error (not warning) was reported.</summary>
    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    /// <summary>Reports an error at <paramref name="path"/>.</summary>
    public void Error(PropertyPath path, string code, string message) => _items.Add(new(Severity.Error, path, code, message));

    /// <summary>Reports a warning at <paramref name="path"/>.</summary>
    public void Warning(PropertyPath path, string code, string message) => _items.Add(new(Severity.Warning, path, code, message));

    /// <summary>Adds diagnostics produced elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
