using System.Globalization;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Parsing;

namespace BatchProvider.Domain.Validation.SchedulingPolicies;

/// <summary>
/// Every scheduling-policy message text, in one catalog (NodaTime's TextErrorMessages): each says what is wrong and
/// what would be valid; the path travels separately in the diagnostic. The summary of each member names its code.
/// </summary>
public static class SchedulingPolicyMessages
{
    /// <summary>BS0301.</summary>
    public static string ComputeReservationOutOfRange(int? value) => $"ComputeReservation is {value}; use a percentage from 0 to 99.";

    /// <summary>BS0302.</summary>
    public static string ShareDecayTooLong(long seconds) => $"ShareDecay is {Scalars.FormatDuration(seconds)}; use a value from 0s to 7d (604800 seconds).";

    /// <summary>BS0303; numbers rendered culture-invariant.</summary>
    public static string WeightOutOfRange(double weight, double min, double max) =>
        $"Weight is {weight.ToString(CultureInfo.InvariantCulture)}; use a value from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (a lower weight gets more capacity).";

    /// <summary>BS0304.</summary>
    public static string IdentifierFormat(string identifier) =>
        $"Identifier is {Quoted.Value(identifier)}; use 1 to 255 letters and digits, optionally ending with '*' to match a prefix.";

    /// <summary>BS0305; <paramref name="otherPath"/> is where <paramref name="other"/> was written.</summary>
    public static string OverlappingIdentifiers(string identifier, string other, PropertyPath otherPath) =>
        $"Identifier {Quoted.Value(identifier)} overlaps {Quoted.Value(other)} at {otherPath}; share identifiers and prefixes must not overlap.";

    /// <summary>BS0306.</summary>
    public static string TooManyShares(int count, int max) => $"Shares has {count} entries; a scheduling policy takes at most {max}.";

    /// <summary>BS0307.</summary>
    public static string Unused(string id) => $"Scheduling policy {Quoted.Bare(id)} is used by no job queue; set a queue's SchedulingPolicy to it or remove it.";
}
