using BatchProvider.Domain.Planning;

namespace BatchProvider.Domain.Observed;

/// <summary>
/// A Batch resource whose name the stack would use (a base name or one of its generations) but which does not carry
/// the stack's ownership tag. The planner reports it as an error and never touches it.
/// </summary>
/// <param name="Family">Its family.</param>
/// <param name="Name">Its Batch name.</param>
/// <param name="Arn">Its ARN.</param>
/// <param name="OwnerStack">The value of its <c>batchprovider:stack</c> tag when another stack owns it; otherwise null.</param>
public sealed record ForeignResource(ResourceFamily Family, string Name, string Arn, string? OwnerStack);
