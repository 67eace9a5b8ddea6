namespace BatchProvider.Benchmarks.Reconcile;

/// <summary>
/// How a baseline waits for one resource: a first Describe <paramref name="FirstPoll"/> after the call, then one every
/// <paramref name="Interval"/>, each asking about that resource alone.
/// </summary>
/// <param name="FirstPoll">Delay before the first poll.</param>
/// <param name="Interval">Delay between polls, and before retrying a delete Batch refuses for a lingering queue relationship.</param>
public sealed record FixedPolling(TimeSpan FirstPoll, TimeSpan Interval)
{
    /// <summary>
    /// CloudFormation-native handlers: 30 s before the first poll, then every 10 s — the Terraform job-queue waiter's
    /// numbers (batch-rules.md, TF-JQ), used here for every Batch resource that has a status.
    /// </summary>
    public static FixedPolling CloudFormation { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10));

    /// <summary>A naive custom resource: <c>time.sleep(10)</c> between Describe calls.</summary>
    public static FixedPolling NaiveSleep { get; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
}
