namespace BatchProvider.Lambda.Remediation;

/// <summary>
/// Stuck-job remediation as the Lambda handler sees it: the handler routes every remediation-queue message and every
/// scheduled sweep here and knows nothing else about it. Implementations decide (Domain) and act (Batch, SQS).
/// </summary>
public interface IStuckJobRemediation
{
    /// <summary>
    /// Handles one remediation-queue message body: an EventBridge <c>aws.batch</c> event (job state change, queue
    /// blocked) or a re-check this remediation scheduled itself. Duplicates and out-of-order deliveries are normal.
    /// </summary>
    /// <exception cref="Exception">A transient failure: the handler reports the message as a batch item failure so SQS
    /// redelivers it (and, after the redrive limit, moves it to the dead-letter queue).</exception>
    Task HandleMessageAsync(string body, DateTimeOffset deadline, CancellationToken cancellationToken);

    /// <summary>
    /// Opens an SQS batch: the messages handled until the returned scope is disposed (one batch, one invocation, one
    /// after another) share one view of the owned queues and their compute environments, so a batch of ten costs one
    /// lookup instead of ten. Outside a batch every message looks them up afresh.
    /// </summary>
    IDisposable BeginBatch();

    /// <summary>One sweep over every RUNNABLE job in every queue a BatchStack owns (the EventBridge schedule).</summary>
    Task SweepAsync(DateTimeOffset deadline, CancellationToken cancellationToken);
}
