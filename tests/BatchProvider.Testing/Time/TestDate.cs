namespace BatchProvider.Testing.Time;

/// <summary>
/// The fixed "now" of spec validation in tests and benchmarks, so that rules tied to a date (Batch's AL2 retirement on
/// 2026-06-30) give the same result whatever day they run. Before that cutoff; tests of the date rules pick their own.
/// </summary>
public static class TestDate
{
    /// <summary>2026-03-01T00:00Z.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
}
