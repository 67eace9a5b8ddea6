using System.Collections.Immutable;
using System.Reflection;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Benchmarks.Pipeline;

/// <summary>
/// The pipeline's last stage, <c>DiagnosticOrder.Sort</c>, is internal to the Domain; the benchmarks reach it by
/// reflection (a bound delegate, so the call costs what a direct call does) rather than widening the product's API.
/// </summary>
internal static class DiagnosticSort
{
    private static readonly Func<Node, IEnumerable<Diagnostic>, ImmutableArray<Diagnostic>> Call =
        typeof(SpecPipeline).Assembly.GetType("BatchProvider.Domain.Validation.DiagnosticOrder", throwOnError: true)!
            .GetMethod("Sort", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!
            .CreateDelegate<Func<Node, IEnumerable<Diagnostic>, ImmutableArray<Diagnostic>>>();

    public static ImmutableArray<Diagnostic> Sort(Node input, IEnumerable<Diagnostic> diagnostics) => Call(input, diagnostics);
}
