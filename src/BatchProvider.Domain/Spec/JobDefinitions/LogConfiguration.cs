using BatchProvider.Domain.Collections;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>The container's log driver.</summary>
/// <param name="Driver">One of <see cref="Drivers"/>; Fargate allows only <see cref="FargateDrivers"/>. Required.</param>
public sealed record LogConfiguration(PropertyPath Path, string? Driver, ValueMap<string, string> Options, ValueList<Secret> SecretOptions)
{
    /// <summary>Batch's LogDriver enum (API).</summary>
    public static IReadOnlyList<string> Drivers { get; } = ["awslogs", "fluentd", "gelf", "journald", "json-file", "splunk", "syslog", "awsfirelens"];

    /// <summary>The drivers a Fargate job may use.</summary>
    public static IReadOnlyList<string> FargateDrivers { get; } = ["awslogs", "splunk", "awsfirelens"];
}
