namespace BatchProvider.Domain.Catalog;

/// <summary>The CPU architecture of an EC2 instance type; one compute environment never mixes the two.</summary>
public enum CpuArchitecture
{
    /// <summary>Intel and AMD (<c>X86_64</c> in a job definition's runtimePlatform).</summary>
    X86_64,

    /// <summary>AWS Graviton (<c>ARM64</c> in a job definition's runtimePlatform).</summary>
    Arm64,
}

/// <summary>How messages name a <see cref="CpuArchitecture"/>: as EC2 does (<c>x86_64</c>, <c>arm64</c>).</summary>
public static class CpuArchitectureNames
{
    /// <summary>EC2's lower-case name of <paramref name="architecture"/>.</summary>
    public static string Name(this CpuArchitecture architecture) => architecture switch
    {
        CpuArchitecture.X86_64 => "x86_64",
        CpuArchitecture.Arm64 => "arm64",
        _ => throw new ArgumentOutOfRangeException(nameof(architecture)),
    };
}
