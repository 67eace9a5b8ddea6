using System.Collections.Immutable;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Comparison;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Lambda.Reconcile.Convergence;

/// <summary>
/// Decides, from a fresh plan made after an apply, whether the stack converged: pure over (plan, target kind). The
/// custom-resource handler judges with it before answering SUCCESS, for a stack's requests and the CLI's <c>deploy</c> alike. A plan with errors or
/// with any change is not converged, except that on a <see cref="TargetKind.LocalEmulator"/> a resource whose every
/// differing field is a known <see cref="EmulatorGap"/> is tolerated.
/// </summary>
public static class Convergence
{
    /// <summary>Judges <paramref name="freshPlan"/> for a target of <paramref name="kind"/>.</summary>
    public static ConvergenceVerdict Judge(Plan freshPlan, TargetKind kind)
    {
        var tolerated = ImmutableArray.CreateBuilder<ToleratedGap>();
        var remaining = ImmutableArray.CreateBuilder<RemainingDifference>();
        foreach (var change in freshPlan.Steps.Where(s => s.Action != StepAction.NoOp).GroupBy(s => s.Resource))
        {
            var steps = change.ToList();
            var fields = DifferingFields(steps);
            var gaps = fields.Select(f => EmulatorGap.Find(change.Key.Family, f)).ToList();
            // A change whose difference cannot be named (e.g. a field removed from the spec) is never explained away.
            if (kind == TargetKind.LocalEmulator && fields.Length > 0 && gaps.All(g => g is not null))
                tolerated.AddRange(gaps.Select(g => new ToleratedGap(change.Key, g!)));
            else
                remaining.Add(new RemainingDifference(change.Key, steps[0].Action, fields));
        }
        return new ConvergenceVerdict(!freshPlan.HasErrors && remaining.Count == 0, tolerated.ToImmutable(), remaining.ToImmutable());
    }

    /// <summary>
    /// The top-level fields the change would set differently from what Batch reports: those of <see cref="Step.After"/>
    /// that <see cref="Step.Before"/> lacks or holds otherwise after Batch's reported defaults (<see cref="ReportedDifferences"/>), and the update policy, which an update sends on its
    /// own and Batch's description does not carry in the plan's before/after.
    /// </summary>
    private static ImmutableArray<string> DifferingFields(IReadOnlyList<Step> steps)
    {
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (step.Before is null || step.After is null) return [];
            fields.UnionWith(ReportedDifferences.TopLevelFields(step.Resource.Family, step.Before, step.After));
            if (step.Operation is UpdateComputeEnvironment { Request.UpdatePolicy: not null }) fields.Add("updatePolicy");
        }
        return [.. fields];
    }
}
