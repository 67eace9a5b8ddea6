using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Domain.Planning.Operations;

/// <summary>Send <see cref="Request"/> as CreateComputeEnvironment. A later <see cref="WaitForComputeEnvironment"/> step waits for VALID.</summary>
public sealed record CreateComputeEnvironment(CreateComputeEnvironmentRequest Request) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>
/// Send <see cref="Request"/> as UpdateComputeEnvironment (a scaling or infrastructure update, the follow-up that sets
/// updatePolicy/updateToLatestImageVersion, or a disable: <c>state = DISABLED</c>). A later wait step waits for VALID.
/// </summary>
/// <param name="NotFoundIsDone">True for a disable on the way to deletion: a CE that no longer exists needs no disabling.</param>
public sealed record UpdateComputeEnvironment(UpdateComputeEnvironmentRequest Request, bool NotFoundIsDone) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>
/// Send <see cref="Request"/> as DeleteComputeEnvironment. "does not exist" counts as done. While the error message
/// contains any of <see cref="RetryWhileMessageContains"/>, retry with back-off (within the applier's time budget):
/// Batch keeps reporting the queue relationship for a while after the queue was repointed (terraform-provider-aws#46925).
/// A later wait step waits for the CE to be gone.
/// </summary>
public sealed record DeleteComputeEnvironment(DeleteComputeEnvironmentRequest Request, ImmutableArray<string> RetryWhileMessageContains) : StepOperation
{
    /// <summary>The message fragment of the eventually-consistent queue relationship error.</summary>
    public const string JobQueueRelationship = "found existing JobQueue relationship";

    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>Poll DescribeComputeEnvironments for <see cref="ComputeEnvironment"/> (a name) until <see cref="Until"/> holds; see <see cref="WaitTarget"/> for the failure rules.</summary>
public sealed record WaitForComputeEnvironment(string ComputeEnvironment, WaitTarget Until) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}
