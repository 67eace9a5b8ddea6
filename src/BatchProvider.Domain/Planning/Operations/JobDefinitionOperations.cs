using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Domain.Planning.Operations;

/// <summary>Send <see cref="Request"/> as RegisterJobDefinition; the new revision is ACTIVE at once.</summary>
public sealed record RegisterJobDefinition(RegisterJobDefinitionRequest Request) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>Send <see cref="Request"/> (one revision ARN) as DeregisterJobDefinition; "does not exist" or already INACTIVE counts as done.</summary>
public sealed record DeregisterJobDefinition(DeregisterJobDefinitionRequest Request) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}
