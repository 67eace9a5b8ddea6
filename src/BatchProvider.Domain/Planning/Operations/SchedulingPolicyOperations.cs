using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Domain.Planning.Operations;

/// <summary>Send <see cref="Request"/> as CreateSchedulingPolicy; synchronous, nothing to wait for.</summary>
public sealed record CreateSchedulingPolicy(CreateSchedulingPolicyRequest Request) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>Send <see cref="Request"/> as UpdateSchedulingPolicy; it carries the whole fair-share policy (Batch replaces the body).</summary>
public sealed record UpdateSchedulingPolicy(UpdateSchedulingPolicyRequest Request) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>Send <see cref="Request"/> as DeleteSchedulingPolicy; "does not exist" counts as done. No queue uses the policy by then.</summary>
public sealed record DeleteSchedulingPolicy(DeleteSchedulingPolicyRequest Request) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}
