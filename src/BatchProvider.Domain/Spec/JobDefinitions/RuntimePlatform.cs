namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>A Fargate task's OS and CPU architecture.</summary>
/// <param name="CpuArchitecture">X86_64 or ARM64. Default: X86_64.</param>
/// <param name="OperatingSystemFamily">LINUX, WINDOWS_SERVER_2019_CORE, ... Default: LINUX.</param>
public sealed record RuntimePlatform(string? CpuArchitecture, string? OperatingSystemFamily)
{
    /// <summary>The CPU architectures Batch accepts.</summary>
    public static IReadOnlyList<string> Architectures { get; } = ["X86_64", "ARM64"];

    /// <summary>The operating system families Batch accepts.</summary>
    public static IReadOnlyList<string> OperatingSystemFamilies { get; } =
        ["LINUX", "WINDOWS_SERVER_2019_CORE", "WINDOWS_SERVER_2019_FULL", "WINDOWS_SERVER_2022_CORE", "WINDOWS_SERVER_2022_FULL"];

    /// <summary>True for a Windows family.</summary>
    public bool IsWindows => OperatingSystemFamily?.StartsWith("WINDOWS", StringComparison.Ordinal) == true;
}
