namespace BatchProvider.Domain.Remediation;

/// <summary>One thing a check found: the cause it points to, the fact that shows it, and whether it holds for every job of the queue.</summary>
/// <param name="Cause">The cause.</param>
/// <param name="Evidence">A short sentence naming the Batch field it comes from.</param>
/// <param name="QueueWide">True when it blocks every job of the queue (cancelling the head would not help the rest).</param>
public sealed record Finding(StuckCause Cause, string Evidence, bool QueueWide);
