using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Domain.Planning.Operations;

/// <summary>Send <see cref="Request"/> as CreateJobQueue. Its compute environments are VALID by then (the step depends on their waits). A later wait step waits for VALID.</summary>
public sealed record CreateJobQueue(CreateJobQueueRequest Request) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>Send <see cref="Request"/> as UpdateJobQueue (settings, a new compute environment order, or a disable: <c>state = DISABLED</c>). A later wait step waits for VALID.</summary>
/// <param name="NotFoundIsDone">True for a disable on the way to deletion.</param>
public sealed record UpdateJobQueue(UpdateJobQueueRequest Request, bool NotFoundIsDone) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>Send <see cref="Request"/> as DeleteJobQueue; "does not exist" counts as done. A later wait step waits for the queue to be gone.</summary>
/// <param name="DrainJobsFirst">
/// True when the queue is an older generation of a queue the spec still has (its successor is VALID by then):
/// before deleting, the applier lets the
/// (already DISABLED) queue's SUBMITTED/PENDING/RUNNABLE/STARTING/RUNNING jobs finish, within its time budget, because
/// deleting a queue terminates its jobs. False when the stack or the queue is removed on purpose.
/// </param>
public sealed record DeleteJobQueue(DeleteJobQueueRequest Request, bool DrainJobsFirst) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>Poll DescribeJobQueues for <see cref="JobQueue"/> (a name) until <see cref="Until"/> holds; see <see cref="WaitTarget"/>.</summary>
public sealed record WaitForJobQueue(string JobQueue, WaitTarget Until) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}
