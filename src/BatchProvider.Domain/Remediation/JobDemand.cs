using System.Globalization;
using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Domain.Remediation;

/// <summary>
/// What one RUNNABLE job asks of a compute environment, read from its DescribeJobs detail. Resources live in three
/// places (runnable-and-cfn.md 1.3): legacy <c>container.vcpus/memory</c>, <c>container.resourceRequirements</c> (string
/// values), and <c>ecsProperties.taskProperties[].containers[]</c> (summed: the containers share one task). A
/// multi-node job's need is its largest node range, because each node is placed alone.
/// </summary>
/// <param name="Vcpus">vCPUs of the largest placement unit (a task, a node, a pod); 0 when not stated.</param>
/// <param name="MemoryMiB">Memory of that unit in MiB; 0 when not stated.</param>
/// <param name="Gpus">GPUs of that unit.</param>
/// <param name="Runs">The platform the job needs.</param>
/// <param name="IsMultiNode">True for a multi-node parallel job.</param>
/// <param name="CpuArchitecture">The Fargate runtime platform's architecture (<c>X86_64</c>, <c>ARM64</c>), or null.</param>
/// <param name="OperatingSystem">The Fargate runtime platform's OS family, or null.</param>
public sealed record JobDemand(decimal Vcpus, long MemoryMiB, long Gpus, JobRuntime Runs, bool IsMultiNode, string? CpuArchitecture, string? OperatingSystem)
{
    /// <summary>The demand of <paramref name="job"/>.</summary>
    public static JobDemand Of(JobDetail job)
    {
        var runs = job.EksProperties is not null ? JobRuntime.Eks
            : job.PlatformCapabilities?.Contains("FARGATE", StringComparer.Ordinal) == true ? JobRuntime.Fargate
            : JobRuntime.Ec2;
        var platform = job.Container?.RuntimePlatform ?? job.EcsProperties?.TaskProperties?.FirstOrDefault()?.RuntimePlatform;
        (decimal Vcpus, long Memory, long Gpus) need;
        if (job.NodeProperties?.NodeRangeProperties is { Count: > 0 } ranges)
        {
            need = ranges.Select(r => r.Container is { } c ? Container(c.Vcpus, c.Memory, c.ResourceRequirements) : (0m, 0L, 0L))
                .Aggregate((a, b) => (Math.Max(a.Item1, b.Item1), Math.Max(a.Item2, b.Item2), Math.Max(a.Item3, b.Item3)));
        }
        else if (job.EcsProperties?.TaskProperties is { Count: > 0 } tasks)
        {
            need = tasks.SelectMany(t => t.Containers ?? []).Select(c => Container(null, null, c.ResourceRequirements))
                .Aggregate((0m, 0L, 0L), (a, b) => (a.Item1 + b.Item1, a.Item2 + b.Item2, a.Item3 + b.Item3));
        }
        else if (job.EksProperties?.PodProperties?.Containers is { } pods)
        {
            need = pods.Select(c => Eks(c.Resources)).Aggregate((0m, 0L, 0L), (a, b) => (a.Item1 + b.Item1, a.Item2 + b.Item2, a.Item3 + b.Item3));
        }
        else
        {
            need = job.Container is { } c ? Container(c.Vcpus, c.Memory, c.ResourceRequirements) : (0m, 0L, 0L);
        }
        return new JobDemand(need.Vcpus, need.Memory, need.Gpus, runs, job.NodeProperties is not null, platform?.CpuArchitecture, platform?.OperatingSystemFamily);
    }

    private static (decimal, long, long) Container(int? vcpus, int? memory, IReadOnlyList<ResourceRequirement>? requirements)
    {
        decimal cpu = vcpus ?? 0;
        long mem = memory ?? 0, gpu = 0;
        foreach (var r in requirements ?? [])
        {
            if (!decimal.TryParse(r.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) continue;
            switch (r.Type)
            {
                case "VCPU": cpu = v; break;
                case "MEMORY": mem = (long)v; break;
                case "GPU": gpu = (long)v; break;
            }
        }
        return (cpu, mem, gpu);
    }

    // Kubernetes quantities: cpu "2" or "500m"; memory "2048Mi", "4Gi"; nvidia.com/gpu "1". The larger of limit and request counts.
    private static (decimal, long, long) Eks(EksContainerResourceRequirements? resources)
    {
        decimal Quantity(string key, Func<string, decimal?> parse) => new[] { resources?.Limits, resources?.Requests }
            .Select(d => d is not null && d.TryGetValue(key, out var s) ? parse(s) : null).Max() ?? 0;
        return (Quantity("cpu", Cpu), (long)Quantity("memory", Memory), (long)Quantity("nvidia.com/gpu", Plain));
    }

    private static decimal? Plain(string s) => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static decimal? Cpu(string s) => s.EndsWith('m') ? Plain(s[..^1]) / 1000 : Plain(s);

    private static decimal? Memory(string s) =>
        s.EndsWith("Gi", StringComparison.Ordinal) ? Plain(s[..^2]) * 1024
        : s.EndsWith("Mi", StringComparison.Ordinal) ? Plain(s[..^2])
        : Plain(s) / (1024 * 1024);
}

/// <summary>The kind of compute environment a job needs.</summary>
public enum JobRuntime
{
    /// <summary>ECS on EC2 instances (the default).</summary>
    Ec2,

    /// <summary>ECS on Fargate (<c>platformCapabilities: [FARGATE]</c>).</summary>
    Fargate,

    /// <summary>Kubernetes pods on an EKS compute environment.</summary>
    Eks,
}
