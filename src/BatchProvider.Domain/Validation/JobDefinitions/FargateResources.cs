using System.Collections.Immutable;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>
/// Fargate's vCPU ↔ memory matrix (batch-rules.md A.5; API ResourceRequirement.value): each vCPU size allows a fixed
/// set of memory values in MiB.
/// </summary>
public static class FargateResources
{
    /// <summary>Memory values (MiB) allowed for each Fargate vCPU size.</summary>
    public static ImmutableSortedDictionary<decimal, ImmutableArray<long>> Matrix { get; } = new Dictionary<decimal, ImmutableArray<long>>
    {
        [0.25m] = [512, 1024, 2048],
        [0.5m] = [1024, 2048, 3072, 4096],
        [1m] = Steps(2048, 8192, 1024),
        [2m] = Steps(4096, 16384, 1024),
        [4m] = Steps(8192, 30720, 1024),
        [8m] = Steps(16384, 61440, 4096),
        [16m] = Steps(32768, 122880, 8192),
    }.ToImmutableSortedDictionary();

    /// <summary>The memory values valid with <paramref name="vcpus"/>, or empty when Fargate has no such size.</summary>
    public static ImmutableArray<long> MemoryFor(decimal vcpus) => Matrix.TryGetValue(vcpus, out var m) ? m : [];

    private static ImmutableArray<long> Steps(long from, long to, long step)
    {
        var b = ImmutableArray.CreateBuilder<long>();
        for (var v = from; v <= to; v += step) b.Add(v);
        return b.ToImmutable();
    }
}
