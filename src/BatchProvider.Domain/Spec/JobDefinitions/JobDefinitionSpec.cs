using BatchProvider.Domain.Collections;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>
/// A job definition as written; one sealed record per Kind (<see cref="ContainerJobDefinition"/>,
/// <see cref="MultiNodeJobDefinition"/>, <see cref="EksJobDefinition"/>). Values left out are null here and get their
/// defaults (from the <see cref="Preset"/>, then from Batch's own defaults) in expansion.
/// </summary>
public abstract record JobDefinitionSpec(string Id, PropertyPath Path) : ISpecItem
{
    /// <summary>A workload preset that supplies defaults for resources, retries, timeout and tags. Default: none.</summary>
    public WorkloadPreset? Preset { get; init; }

    /// <summary>Default values of <c>Ref::name</c> placeholders in commands. Default: none.</summary>
    public ValueMap<string, string>? Parameters { get; init; }

    /// <summary>Attempt timeout in seconds (Batch: at least 60). Default: the preset's, else none.</summary>
    public long? TimeoutSeconds { get; init; }

    /// <summary>Attempts per job (Batch: 1 to 10). Default: the preset's, else Batch's 1.</summary>
    public long? RetryAttempts { get; init; }

    /// <summary>Conditions that decide retry or exit, first match wins; null when not written (the preset's apply).</summary>
    public ValueList<RetryStrategy>? RetryStrategies { get; init; }

    /// <summary>Priority on fair-share queues, 0 to 9999. Default: none.</summary>
    public long? SchedulingPriority { get; init; }

    /// <summary>The job definition's own tags (beside stack tags, preset tags and ownership tags).</summary>
    public ValueMap<string, string>? Tags { get; init; }
}
