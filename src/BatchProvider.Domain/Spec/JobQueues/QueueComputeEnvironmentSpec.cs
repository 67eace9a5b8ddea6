using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobQueues;

/// <summary>One entry of a queue's <c>ComputeEnvironments</c>: an Id of this stack or an existing environment's ARN.</summary>
/// <param name="Reference">The Id or ARN as written.</param>
/// <param name="Order">The explicit <c>Order</c>, or null for "list position".</param>
/// <param name="Path">Where the entry stands.</param>
public sealed record QueueComputeEnvironmentSpec(string Reference, int? Order, PropertyPath Path)
{
    /// <summary>
    /// True when <see cref="Reference"/> is the ARN of a compute environment outside this stack; an unresolved
    /// intrinsic counts as one, because an Id of this stack is always written literally.
    /// </summary>
    public bool IsArn => Reference.StartsWith("arn:", StringComparison.Ordinal) || Input.OpaqueValue.Is(Reference);

    /// <summary>The path of the reference itself (the item, or its <c>ComputeEnvironment</c> property).</summary>
    public PropertyPath ReferencePath { get; init; } = Path;
}
