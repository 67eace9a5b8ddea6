using System.Collections.Immutable;
using BatchProvider.Domain.Planning;

namespace BatchProvider.Lambda.Reconcile.Convergence;

/// <summary>What a fresh plan after an apply says about the stack.</summary>
/// <param name="Converged">True when nothing is left to do, or only tolerated emulator gaps are.</param>
/// <param name="Tolerated">Each resource whose only difference is a known emulator gap, with the gap.</param>
/// <param name="Remaining">Resources that still differ for any other reason (or on real AWS), each with what differs.</param>
public sealed record ConvergenceVerdict(bool Converged, ImmutableArray<ToleratedGap> Tolerated, ImmutableArray<RemainingDifference> Remaining);

/// <summary>A resource a fresh plan would still change only because the emulator does not report <see cref="Gap"/>.</summary>
public sealed record ToleratedGap(ResourceAddress Resource, EmulatorGap Gap)
{
    /// <summary>For the user: <c>JobQueue training (research-training): jobStateTimeLimitActions (moto does not ...)</c>.</summary>
    public override string ToString() => $"{Resource}: {Gap.Field} ({Gap.Why})";
}

/// <summary>A resource a fresh plan would still change; <see cref="Fields"/> names what differs (empty when unknown).</summary>
public sealed record RemainingDifference(ResourceAddress Resource, StepAction Action, ImmutableArray<string> Fields)
{
    /// <summary>For the user: <c>JobQueue training (research-training): Update priority</c>.</summary>
    public override string ToString() => $"{Resource}: {Action}{(Fields.IsEmpty ? "" : " " + string.Join(", ", Fields))}";
}
