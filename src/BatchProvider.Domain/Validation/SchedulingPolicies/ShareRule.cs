using System.Globalization;
using System.Text.RegularExpressions;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Validation.SchedulingPolicies;

/// <summary>
/// A fair-share policy's numbers and shares: ComputeReservation 0..99, ShareDecay 0..7 days, at most 500 shares,
/// each Identifier up to 255 letters and digits with an optional trailing '*', each Weight 0.0001..999.9999, and no
/// two identifiers overlapping (equal, or a prefix that matches another identifier).
/// </summary>
public sealed partial class ShareRule : IStackRule
{
    /// <summary>The longest ShareDecay Batch accepts (one week).</summary>
    public const long MaxShareDecaySeconds = 604800;

    /// <summary>Batch's limit of shares per policy.</summary>
    public const int MaxShares = 500;

    /// <summary>The smallest weight Batch accepts.</summary>
    public const double MinWeight = 0.0001;

    /// <summary>The largest weight Batch accepts.</summary>
    public const double MaxWeight = 999.9999;

    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var policy in context.Spec.SchedulingPolicies)
        {
            if (policy.ComputeReservation is < 0 or > 99)
                diagnostics.Error(policy.Path.Property("ComputeReservation"), DiagnosticCodes.SpComputeReservation,
                    $"ComputeReservation is {policy.ComputeReservation}; use a percentage from 0 to 99.");
            if (policy.ShareDecaySeconds is > MaxShareDecaySeconds)
                diagnostics.Error(policy.Path.Property("ShareDecay"), DiagnosticCodes.SpShareDecay,
                    $"ShareDecay is {Parsing.Scalars.FormatDuration(policy.ShareDecaySeconds.Value)}; use a value from 0s to 7d (604800 seconds).");
            if (policy.Shares.Length > MaxShares)
                diagnostics.Error(policy.Path.Property("Shares").Index(MaxShares), DiagnosticCodes.SpTooManyShares,
                    $"Shares has {policy.Shares.Length} entries; a scheduling policy takes at most {MaxShares}.");
            var seen = new List<(string Identifier, Diagnostics.PropertyPath Path)>();
            foreach (var share in policy.Shares)
            {
                if (share.Weight is { } weight && (weight < MinWeight || weight > MaxWeight))
                    diagnostics.Error(share.Path.Property("Weight"), DiagnosticCodes.SpWeight,
                        $"Weight is {weight.ToString(CultureInfo.InvariantCulture)}; use a value from {MinWeight.ToString(CultureInfo.InvariantCulture)} to {MaxWeight.ToString(CultureInfo.InvariantCulture)} (a lower weight gets more capacity).");
                if (!RuleContext.Known(share.Identifier)) continue;
                var id = share.Identifier!;
                var path = share.Path.Property("Identifier");
                if (id.Length is 0 or > 255 || !IdentifierPattern().IsMatch(id))
                {
                    diagnostics.Error(path, DiagnosticCodes.SpIdentifier,
                        $"Identifier is \"{id}\"; use 1 to 255 letters and digits, optionally ending with '*' to match a prefix.");
                    continue;
                }
                if (seen.FirstOrDefault(s => Overlap(s.Identifier, id)) is { Identifier: not null } clash)
                    diagnostics.Error(path, DiagnosticCodes.SpOverlappingIdentifiers,
                        $"Identifier \"{id}\" overlaps \"{clash.Identifier}\" at {clash.Path}; share identifiers and prefixes must not overlap.");
                seen.Add((id, path));
            }
        }
    }

    private static bool Overlap(string a, string b)
    {
        if (a == b) return true;
        bool Covers(string prefix, string other) => prefix.EndsWith('*') && other.TrimEnd('*').StartsWith(prefix[..^1], StringComparison.Ordinal);
        return Covers(a, b) || Covers(b, a);
    }

    [GeneratedRegex("^[A-Za-z0-9]*\\*?$")]
    private static partial Regex IdentifierPattern();
}
