using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Validation;

/// <summary>One concern of validation. A rule appends every problem it finds and never throws for bad input.</summary>
public interface IStackRule
{
    /// <summary>Checks <paramref name="context"/> and reports to <paramref name="diagnostics"/>.</summary>
    void Check(RuleContext context, DiagnosticBag diagnostics);
}
