using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobQueues;

/// <summary>A job queue as written.</summary>
public sealed record JobQueueSpec(string Id, PropertyPath Path) : ISpecItem;
