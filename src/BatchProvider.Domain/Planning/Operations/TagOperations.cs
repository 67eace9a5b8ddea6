using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Domain.Planning.Operations;

/// <summary>Send <see cref="Request"/> as TagResource (ARN in the request). Batch allows tag changes in place on every family, even where CloudFormation replaces.</summary>
public sealed record TagResource(TagResourceRequest Request) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>Send <see cref="Request"/> as UntagResource (ARN and keys in the request).</summary>
public sealed record UntagResource(UntagResourceRequest Request) : StepOperation
{
    /// <inheritdoc />
    public override TResult Accept<TResult>(IStepOperationVisitor<TResult> visitor) => visitor.Visit(this);
}
