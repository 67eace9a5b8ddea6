using BatchProvider.Domain.Planning;

namespace BatchProvider.Lambda.Reconcile.Convergence;

/// <summary>
/// A field moto 5.2 accepts but does not report back, so a fresh plan on it always wants to send the field again.
/// Only these, named one by one, are tolerated, and only on a <see cref="TargetKind.LocalEmulator"/>.
/// </summary>
/// <param name="Family">The resource family the field belongs to.</param>
/// <param name="Field">The top-level wire field (as in the plan's before/after JSON).</param>
/// <param name="Why">For the user: what the emulator does with it.</param>
public sealed record EmulatorGap(ResourceFamily Family, string Field, string Why)
{
    /// <summary>The gaps of moto 5.2.1, checked against its batch models.</summary>
    public static readonly IReadOnlyList<EmulatorGap> Moto =
    [
        new(ResourceFamily.ComputeEnvironment, "updatePolicy", "moto does not store a compute environment's updatePolicy"),
        new(ResourceFamily.JobQueue, "jobStateTimeLimitActions", "moto does not store a job queue's jobStateTimeLimitActions"),
        new(ResourceFamily.JobDefinition, "nodeProperties", "moto does not return a multi-node job definition's nodeProperties"),
    ];

    /// <summary>The gap for <paramref name="field"/> of <paramref name="family"/>, or null when it is none of them.</summary>
    public static EmulatorGap? Find(ResourceFamily family, string field) =>
        Moto.FirstOrDefault(g => g.Family == family && g.Field == field);
}
