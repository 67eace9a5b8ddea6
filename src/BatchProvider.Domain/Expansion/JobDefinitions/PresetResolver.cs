using System.Collections.Immutable;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Expansion.JobDefinitions;

/// <summary>
/// Fills what a job definition leaves out from its <see cref="JobDefinitionSpec.Preset"/>, keeping every written value.
/// Expansion and validation both work on the result, so rules see what Batch will be asked for.
/// </summary>
public static class PresetResolver
{
    /// <summary><paramref name="spec"/> with its preset's defaults applied (itself when it has no preset).</summary>
    public static JobDefinitionSpec Apply(JobDefinitionSpec spec)
    {
        if (spec.Preset is not { } preset) return spec;
        var d = WorkloadPresets.For(preset);
        var presetPath = spec.Path.Property("Preset");
        JobDefinitionSpec withResources = spec switch
        {
            ContainerJobDefinition c => c with { Container = Fill(c.Container, d) },
            MultiNodeJobDefinition m => m with { Nodes = [.. m.Nodes.Select(n => n with { Container = Fill(n.Container, d) })] },
            // EKS resources are Kubernetes limits per container; a preset does not guess how to split them.
            EksJobDefinition e => e,
            _ => throw new System.Diagnostics.UnreachableException($"job-definition kind {spec.GetType().Name} has no preset handling"),
        };
        var tags = d.Tags.SetItems(spec.Tags ?? ImmutableSortedDictionary<string, string>.Empty);
        return withResources with
        {
            RetryAttempts = spec.RetryAttempts ?? d.RetryAttempts,
            RetryStrategies = spec.RetryStrategies ?? [.. d.RetryStrategies.Select(s => new RetryStrategy(presetPath, s.Action, s.On))],
            TimeoutSeconds = spec.TimeoutSeconds ?? d.TimeoutSeconds,
            Tags = tags,
        };
    }

    private static ContainerSpec Fill(ContainerSpec c, PresetDefaults d) => c with
    {
        Vcpus = c.Vcpus ?? d.Vcpus,
        MemoryMiB = c.MemoryMiB ?? d.MemoryMiB,
        Gpus = c.Gpus ?? d.Gpus,
    };
}
