namespace BatchProvider.Domain.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>ComputeReservation outside 0..99.</summary>
    public const string SpComputeReservation = "BS0301";

    /// <summary>ShareDecay outside 0..7 days.</summary>
    public const string SpShareDecay = "BS0302";

    /// <summary>A share Weight outside 0.0001..999.9999.</summary>
    public const string SpWeight = "BS0303";

    /// <summary>A share Identifier that is not up to 255 letters and digits with an optional trailing '*'.</summary>
    public const string SpIdentifier = "BS0304";

    /// <summary>Two share identifiers that overlap (equal, or one a prefix of the other).</summary>
    public const string SpOverlappingIdentifiers = "BS0305";

    /// <summary>More than 500 shares.</summary>
    public const string SpTooManyShares = "BS0306";

    /// <summary>A scheduling policy no queue uses (warning).</summary>
    public const string SpUnused = "BS0307";
}
