using System.Collections.Immutable;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Expansion.JobDefinitions;

/// <summary>The defaults one <see cref="WorkloadPreset"/> supplies; explicit properties override each of them.</summary>
/// <param name="Vcpus">vCPUs of a container (or of each node group) that does not say.</param>
/// <param name="MemoryMiB">Memory of a container that does not say.</param>
/// <param name="Gpus">GPUs of a container that does not say; null for none.</param>
/// <param name="RetryAttempts">Attempts when RetryAttempts is not written.</param>
/// <param name="RetryStrategies">Used when RetryStrategies is not written.</param>
/// <param name="TimeoutSeconds">Attempt timeout when Timeout is not written.</param>
/// <param name="Tags">Added beneath the job definition's own tags.</param>
public sealed record PresetDefaults(
    decimal Vcpus,
    long MemoryMiB,
    long? Gpus,
    long RetryAttempts,
    ImmutableArray<(RetryAction Action, RetryReason On)> RetryStrategies,
    long TimeoutSeconds,
    ImmutableSortedDictionary<string, string> Tags);
