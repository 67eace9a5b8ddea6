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
            // EKS resources are per container; a preset fills them only for a single container, never guessing a split.
            EksJobDefinition { Containers: [var only] } e => e with { Containers = [Fill(only, d)] },
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

    private static EksContainer Fill(EksContainer c, PresetDefaults d)
    {
        var r = c.Resources ?? new EksResources(c.Path.Property("Resources"), ImmutableSortedDictionary<string, string>.Empty, ImmutableSortedDictionary<string, string>.Empty);
        var limits = r.Limits.Entries;
        if (!Has(r, EksResources.Cpu)) limits = limits.SetItem(EksResources.Cpu, Wire.Number(d.Vcpus));
        if (!Has(r, EksResources.Memory)) limits = limits.SetItem(EksResources.Memory, $"{d.MemoryMiB}Mi");
        if (d.Gpus is { } gpus && !Has(r, EksResources.Gpu)) limits = limits.SetItem(EksResources.Gpu, Wire.Number(gpus));
        return c with { Resources = r with { Limits = limits } };

        static bool Has(EksResources r, string key) => r.Limits.ContainsKey(key) || r.Requests.ContainsKey(key);
    }

    private static ContainerSpec Fill(ContainerSpec c, PresetDefaults d) => c with
    {
        Vcpus = c.Vcpus ?? d.Vcpus,
        MemoryMiB = c.MemoryMiB ?? d.MemoryMiB,
        Gpus = c.Gpus ?? d.Gpus,
    };
}
