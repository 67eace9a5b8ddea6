using System.Collections.Immutable;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>
/// What an apply did. Like Terraform's apply it always returns the resulting state: <see cref="After"/> is observed
/// after the last step, whatever the status (null only when that observation itself failed; see <see cref="ObserveError"/>).
/// </summary>
/// <param name="Status">How it ended.</param>
/// <param name="Outcomes">One outcome per plan step, in plan order.</param>
/// <param name="After">Batch as observed after the apply.</param>
/// <param name="Problems">For <see cref="ApplyStatus.Refused"/>: every reason; otherwise empty.</param>
/// <param name="ObserveError">Why the final observation failed, when it did.</param>
public sealed record ApplyResult(
    ApplyStatus Status,
    ImmutableArray<StepOutcome> Outcomes,
    ObservedState? After,
    ImmutableArray<string> Problems,
    string? ObserveError)
{
    /// <summary>The steps that still have to happen (pending ones); a caller resumes by observing and planning again.</summary>
    public ImmutableArray<Step> Remaining => [.. Outcomes.Where(o => o.Status == StepStatus.Pending).Select(o => o.Step)];

    /// <summary>The failed steps.</summary>
    public ImmutableArray<StepOutcome> Failures => [.. Outcomes.Where(o => o.Status == StepStatus.Failed)];
}
