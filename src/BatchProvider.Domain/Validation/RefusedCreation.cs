using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Validation;

/// <summary>
/// A compute environment that is valid as long as it already exists, but that Batch would refuse to create (for now
/// only: a Batch-provided AL2 AMI after <see cref="ComputeEnvironments.Al2Retirement.CreationCutoff"/>). Validation
/// cannot know whether it exists, so it only warns; the planner reports an error when its plan would create it.
/// </summary>
/// <param name="ComputeEnvironmentId">The spec Id of the compute environment.</param>
/// <param name="Path">Where the input asks for what Batch refuses (e.g. <c>ComputeEnvironments[0].Images[0].Type</c>).</param>
/// <param name="Reason">Why Batch refuses and what would be valid, for the planner's message.</param>
public sealed record RefusedCreation(string ComputeEnvironmentId, PropertyPath Path, string Reason);
