using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>A ulimit (EC2 only); both limits are required.</summary>
public sealed record Ulimit(PropertyPath Path, string? Name, long? SoftLimit, long? HardLimit)
{
    /// <summary>The names Batch accepts.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack"];
}
