using System.Globalization;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Configuration;

namespace BatchProvider.Lambda.Remediation;

/// <summary>The remediation's settings, read once at start-up.</summary>
/// <param name="RemediationQueueUrl">The SQS queue EventBridge delivers Batch events to; re-checks for thresholds beyond SQS's 15-minute delay go back onto it. Null: jobs not yet due are left to the sweep.</param>
/// <param name="NotificationQueueUrl">The SQS queue that receives the Notify action's messages; null makes Notify fail loudly.</param>
/// <param name="Concurrency">How many jobs are acted on at once in a sweep (the client's rate limiter still paces the calls).</param>
public sealed record RemediationSettings(string? RemediationQueueUrl, string? NotificationQueueUrl, int Concurrency)
{
    /// <summary>Default of <see cref="Concurrency"/>: Batch allows about 50 calls a second per account, so 8 in flight keeps well below it.</summary>
    public const int DefaultConcurrency = 8;

    /// <summary>Environment variable of <see cref="RemediationQueueUrl"/>.</summary>
    public const string RemediationQueueUrlVariable = "REMEDIATION_QUEUE_URL";

    /// <summary>Environment variable of <see cref="NotificationQueueUrl"/>.</summary>
    public const string NotificationQueueUrlVariable = "NOTIFICATION_QUEUE_URL";

    /// <summary>Environment variable of <see cref="Concurrency"/> (1 to 64).</summary>
    public const string ConcurrencyVariable = "REMEDIATION_CONCURRENCY";

    /// <summary>Reads the settings from <paramref name="environment"/>.</summary>
    /// <exception cref="AwsConfigurationException"><see cref="ConcurrencyVariable"/> is not a number from 1 to 64.</exception>
    public static RemediationSettings Read(IEnvironmentVariables environment)
    {
        var concurrency = DefaultConcurrency;
        if (environment.Get(ConcurrencyVariable) is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out concurrency) || concurrency is < 1 or > 64))
            throw new AwsConfigurationException($"{ConcurrencyVariable} is \"{text}\"; use a whole number from 1 to 64 (default {DefaultConcurrency}).");
        return new RemediationSettings(NonEmpty(environment.Get(RemediationQueueUrlVariable)), NonEmpty(environment.Get(NotificationQueueUrlVariable)), concurrency);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
