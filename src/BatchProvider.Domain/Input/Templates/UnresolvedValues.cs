using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Input.Templates;

/// <summary>
/// The values of a loaded BatchStack that are still unresolved intrinsics. <c>validate</c> keeps them opaque; anything
/// that sends requests to Batch outside CloudFormation (<c>plan</c>, <c>deploy</c>) must refuse them, naming every
/// template parameter still without a value and every property path that uses it, since Batch would otherwise
/// receive the placeholder text itself.
/// </summary>
public static class UnresolvedValues
{
    /// <summary>The property that addresses CloudFormation's Lambda, never Batch: its value may stay unresolved.</summary>
    public const string ServiceToken = "ServiceToken";

    /// <summary>One error per unresolved value in <paramref name="properties"/> that would reach Batch, in reading order.</summary>
    public static ImmutableArray<Diagnostic> Errors(Node properties) => [.. Opaque(SentToBatch(properties)).Select(Error)];

    private static Diagnostic Error(OpaqueNode opaque) => new(Severity.Error, opaque.Path, DiagnosticCodes.MissingParameterValue, opaque.Missing.IsEmpty
        ? $"The value is {opaque.Expression}, which only CloudFormation can resolve; outside CloudFormation give a literal value here."
        : $"The value is {opaque.Expression} and parameter{(opaque.Missing.Length == 1 ? "" : "s")} {string.Join(", ", opaque.Missing)} {(opaque.Missing.Length == 1 ? "has" : "have")} no value; give {string.Join(" ", opaque.Missing.Select(p => $"--parameters {p}=VALUE"))}.");

    private static Node SentToBatch(Node properties) =>
        properties is MapNode map ? map with { Entries = [.. map.Entries.Where(e => e.Key != ServiceToken)] } : properties;

    private static IEnumerable<OpaqueNode> Opaque(Node node) => node switch
    {
        OpaqueNode o => [o],
        ListNode l => l.Items.SelectMany(Opaque),
        MapNode m => m.Entries.SelectMany(e => Opaque(e.Value)),
        _ => [],
    };
}
