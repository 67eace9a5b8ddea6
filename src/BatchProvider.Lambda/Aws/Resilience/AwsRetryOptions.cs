namespace BatchProvider.Lambda.Aws.Resilience;

/// <summary>
/// Retry, timeout and rate settings of one client, mirroring the AWS SDKs' standard retry mode. Validated once when
/// the pipeline is built (<see cref="Validate"/>), every problem in one message, without reflection.
/// </summary>
public sealed record AwsRetryOptions
{
    /// <summary>Attempts per call including the first. The default value is 3 (standard mode).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Backoff base: attempt n waits a uniformly random time in [0, min(MaxBackoff, BaseDelay × 2^n)]
    /// ("full jitter"). The default value is 100 ms, as the .NET SDK.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Upper bound of one backoff. The default value is 20 s (standard mode).</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Time allowed for one attempt (send and read the answer). The default value is 20 s: Batch answers
    /// within a second or two, and a Lambda invocation cannot afford to hang on one dead connection.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Retry quota capacity (tokens). The default value is 500 (standard mode).</summary>
    public int RetryQuotaCapacity { get; init; } = 500;

    /// <summary>Tokens a retry costs. The default value is 5.</summary>
    public int RetryCost { get; init; } = 5;

    /// <summary>Tokens a retry after a timeout or a connection failure costs. The default value is 10.</summary>
    public int TimeoutRetryCost { get; init; } = 10;

    /// <summary>Tokens a first-attempt success returns. The default value is 1.</summary>
    public int NoRetryIncrement { get; init; } = 1;

    /// <summary>Client-side request rate (attempts per second), or null for none. The default value is null; Batch
    /// clients use <see cref="BatchRequestsPerSecond"/>.</summary>
    public double? RequestsPerSecond { get; init; }

    /// <summary>Bucket size of the client-side rate limiter: how many attempts may go at once. The default value is 10.</summary>
    public int Burst { get; init; } = 10;

    /// <summary>Batch control-plane calls share a per-account, per-region limit of roughly 50 TPS; we keep well below
    /// it so a reconcile never throttles itself or the account's other users. The default value is 20.</summary>
    public const double BatchRequestsPerSecond = 20;

    /// <summary>Throws <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (MaxAttempts < 1)
        {
            problems.Add($"MaxAttempts: {MaxAttempts} is less than 1; use 1 (no retries) or more.");
        }

        if (BaseDelay < TimeSpan.Zero || BaseDelay > MaxBackoff)
        {
            problems.Add($"BaseDelay: {BaseDelay} must be between 0 and MaxBackoff ({MaxBackoff}).");
        }

        if (AttemptTimeout <= TimeSpan.Zero)
        {
            problems.Add($"AttemptTimeout: {AttemptTimeout} must be positive.");
        }

        if (RetryQuotaCapacity < 0 || RetryCost < 0 || TimeoutRetryCost < 0 || NoRetryIncrement < 0)
        {
            problems.Add("RetryQuotaCapacity, RetryCost, TimeoutRetryCost and NoRetryIncrement must not be negative.");
        }

        if (RequestsPerSecond is <= 0)
        {
            problems.Add($"RequestsPerSecond: {RequestsPerSecond} must be positive, or null for no limit.");
        }

        if (Burst < 1)
        {
            problems.Add($"Burst: {Burst} is less than 1; use 1 or more.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid AwsRetryOptions:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }
}
