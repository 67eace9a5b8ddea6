using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>The plan for a stack and the observation it was made from.</summary>
public sealed record PlannedChange(ObservedState Observed, Plan Plan);
