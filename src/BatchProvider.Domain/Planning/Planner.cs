using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Domain.Planning;

/// <summary>
/// The pure planner: compares the validated desired state with what Batch reports now and returns the
/// <see cref="Plan"/>. Synchronous, no clients, no clock; equal inputs give equal plans.
/// </summary>
public static partial class Planner
{
    /// <summary>Plans the changes that make Batch match <paramref name="desired"/>.</summary>
    public static Plan Plan(ValidatedSpec desired, ObservedState observed, PlanOptions options) =>
        new(desired.Desired.StackName, [], []);

    /// <summary>Plans the removal of everything <paramref name="observed"/> holds (CloudFormation Delete).</summary>
    public static Plan PlanDestroy(ObservedState observed, PlanOptions options) =>
        new(observed.StackName, [], []);
}
