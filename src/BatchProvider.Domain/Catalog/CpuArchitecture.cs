namespace BatchProvider.Domain.Catalog;

/// <summary>The CPU architecture of an EC2 instance type; one compute environment never mixes the two.</summary>
public enum CpuArchitecture
{
    /// <summary>Intel and AMD (<c>X86_64</c> in a job definition's runtimePlatform).</summary>
    X86_64,

    /// <summary>AWS Graviton (<c>ARM64</c> in a job definition's runtimePlatform).</summary>
    Arm64,
}
