using System.Collections.Immutable;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Expansion.JobDefinitions;

/// <summary>
/// The defaults of each <see cref="WorkloadPreset"/>, in one place. Every vCPU/memory pair is also a valid Fargate pair,
/// so a preset never makes a Fargate job invalid by itself (except <see cref="Gpu"/>, whose GPU Fargate cannot give).
/// </summary>
public static class WorkloadPresets
{
    /// <summary>Tag key that names the preset a job definition was built from.</summary>
    public const string WorkloadTag = "Workload";

    /// <summary>
    /// DataProcessing: 2 vCPU, 4 GiB; 3 attempts, retry a reclaimed Spot instance, exit when the image cannot be pulled
    /// (a missing image never heals); 1 h timeout; tags Workload=data-processing, Type=cpu-intensive.
    /// </summary>
    public static PresetDefaults DataProcessing { get; } = new(2m, 4096, null, 3,
        [(RetryAction.Retry, RetryReason.SpotInstanceReclaimed), (RetryAction.Exit, RetryReason.CannotPullContainer)],
        3600, Tags(("Workload", "data-processing"), ("Type", "cpu-intensive")));

    /// <summary>
    /// MlTraining: 8 vCPU, 32 GiB; 2 attempts, retry a reclaimed Spot instance, exit on any non-zero exit code (a crashing
    /// training run is expensive to repeat); 12 h timeout; tag Workload=ml-training.
    /// </summary>
    public static PresetDefaults MlTraining { get; } = new(8m, 32768, null, 2,
        [(RetryAction.Retry, RetryReason.SpotInstanceReclaimed), (RetryAction.Exit, RetryReason.NonZeroExitCode)],
        12 * 3600, Tags(("Workload", "ml-training")));

    /// <summary>
    /// BatchProcessing: 1 vCPU, 2 GiB; 5 attempts, retry a reclaimed Spot instance, exit when the image cannot be pulled;
    /// 4 h timeout; tag Workload=batch-processing.
    /// </summary>
    public static PresetDefaults BatchProcessing { get; } = new(1m, 2048, null, 5,
        [(RetryAction.Retry, RetryReason.SpotInstanceReclaimed), (RetryAction.Exit, RetryReason.CannotPullContainer)],
        4 * 3600, Tags(("Workload", "batch-processing")));

    /// <summary>RealTime: 1 vCPU, 2 GiB; 1 attempt, no retry conditions; 5 min timeout; tag Workload=real-time.</summary>
    public static PresetDefaults RealTime { get; } = new(1m, 2048, null, 1, [], 300, Tags(("Workload", "real-time")));

    /// <summary>
    /// Gpu: 4 vCPU, 14 GiB (fits a 16 GiB g4dn/g5/g6.xlarge after Batch's reservation), 1 GPU; 2 attempts, retry a
    /// reclaimed Spot instance, exit on any non-zero exit code; 8 h timeout; tags Workload=gpu, Hardware=gpu.
    /// </summary>
    public static PresetDefaults Gpu { get; } = new(4m, 14336, 1, 2,
        [(RetryAction.Retry, RetryReason.SpotInstanceReclaimed), (RetryAction.Exit, RetryReason.NonZeroExitCode)],
        8 * 3600, Tags(("Workload", "gpu"), ("Hardware", "gpu")));

    /// <summary>The defaults of <paramref name="preset"/>.</summary>
    public static PresetDefaults For(WorkloadPreset preset) => preset switch
    {
        WorkloadPreset.DataProcessing => DataProcessing,
        WorkloadPreset.MlTraining => MlTraining,
        WorkloadPreset.BatchProcessing => BatchProcessing,
        WorkloadPreset.RealTime => RealTime,
        WorkloadPreset.Gpu => Gpu,
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "unknown preset"),
    };

    private static ImmutableSortedDictionary<string, string> Tags(params (string Key, string Value)[] tags) =>
        tags.ToImmutableSortedDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
}
