namespace BatchProvider.Lambda.Aws.Resilience;

/// <summary>
/// The standard retry mode's retry quota: a token bucket shared by all calls of one client. A retry takes
/// <see cref="AwsRetryOptions.RetryCost"/> tokens (<see cref="AwsRetryOptions.TimeoutRetryCost"/> after a timeout or
/// connection failure); when the bucket cannot pay, the error is returned instead of retried, so a service outage does
/// not multiply our traffic. A success returns what its retry took, or <see cref="AwsRetryOptions.NoRetryIncrement"/>
/// when it needed no retry. Thread-safe.
/// </summary>
public sealed class RetryQuota(AwsRetryOptions options)
{
    private readonly Lock _gate = new();
    private int _available = options.RetryQuotaCapacity;

    /// <summary>Tokens available now.</summary>
    public int Available
    {
        get
        {
            lock (_gate)
            {
                return _available;
            }
        }
    }

    /// <summary>Takes the cost of one retry; false when the quota cannot pay it.</summary>
    public bool TryAcquire(bool afterTimeout, out int cost)
    {
        cost = afterTimeout ? options.TimeoutRetryCost : options.RetryCost;
        lock (_gate)
        {
            if (_available < cost)
            {
                return false;
            }

            _available -= cost;
            return true;
        }
    }

    /// <summary>Refills after a successful call: the last retry's cost, or the no-retry increment.</summary>
    public void OnSuccess(int? lastRetryCost)
    {
        lock (_gate)
        {
            _available = Math.Min(options.RetryQuotaCapacity, _available + (lastRetryCost ?? options.NoRetryIncrement));
        }
    }
}
