namespace BatchProvider.Lambda.Reconcile;

/// <summary>
/// How the <see cref="Applier"/> paces itself. Validate once with <see cref="Validate"/> (every problem in one message,
/// the way Polly validates its options); the applier does so when it is built.
/// </summary>
public sealed record ApplyOptions
{
    /// <summary>
    /// Most steps that call Batch (create, update, delete, register ...) running at once; waits are not counted,
    /// because they share one batched Describe per round. The default is 4, well under Batch's rate limit.
    /// </summary>
    public int MaxParallelism { get; init; } = 4;

    /// <summary>
    /// First delay before polling a status. The default is 5 s: Batch reports CREATING for a minute or more, and
    /// Terraform's 30 s first delay is needlessly slow for queues.
    /// </summary>
    public TimeSpan FirstPollDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Cap of the doubling poll delay. The default is 30 s.</summary>
    public TimeSpan MaxPollDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>First delay before retrying a delete that Batch refuses for a lingering queue relationship. The default is 5 s.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Cap of the doubling retry delay. The default is 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Time kept free before the deadline: no step starts and every wait stops once less than this remains, leaving
    /// room to observe the result and answer. The default is 30 s.
    /// </summary>
    public TimeSpan SafetyMargin { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws <see cref="ArgumentException"/> listing every invalid option.</summary>
    public ApplyOptions Validate()
    {
        List<string> problems = [];
        if (MaxParallelism < 1) problems.Add($"MaxParallelism must be at least 1 (was {MaxParallelism}).");
        Positive(nameof(FirstPollDelay), FirstPollDelay);
        Positive(nameof(FirstRetryDelay), FirstRetryDelay);
        if (MaxPollDelay < FirstPollDelay) problems.Add($"MaxPollDelay ({MaxPollDelay}) must not be less than FirstPollDelay ({FirstPollDelay}).");
        if (MaxRetryDelay < FirstRetryDelay) problems.Add($"MaxRetryDelay ({MaxRetryDelay}) must not be less than FirstRetryDelay ({FirstRetryDelay}).");
        if (SafetyMargin < TimeSpan.Zero) problems.Add($"SafetyMargin must not be negative (was {SafetyMargin}).");
        if (problems.Count > 0) throw new ArgumentException("Invalid ApplyOptions: " + string.Join(" ", problems));
        return this;

        void Positive(string name, TimeSpan value)
        {
            if (value <= TimeSpan.Zero) problems.Add($"{name} must be positive (was {value}).");
        }
    }

    /// <summary>The delay before attempt <paramref name="attempt"/> (0-based): first × 2^attempt, capped.</summary>
    internal static TimeSpan Backoff(TimeSpan first, TimeSpan max, int attempt) =>
        TimeSpan.FromTicks((long)Math.Min(max.Ticks, first.Ticks * Math.Pow(2, Math.Min(attempt, 30))));
}
