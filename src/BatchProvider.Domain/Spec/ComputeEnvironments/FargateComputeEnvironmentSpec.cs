using BatchProvider.Domain.Collections;

namespace BatchProvider.Domain.Spec.ComputeEnvironments;

/// <summary>Kind <c>Fargate</c>: serverless capacity; only what Batch allows for Fargate (no instance properties).</summary>
public sealed record FargateComputeEnvironmentSpec(string Id, Diagnostics.PropertyPath Path) : ComputeEnvironmentSpec(Id, Path)
{
    /// <inheritdoc />
    public override string Kind => ComputeEnvironmentKinds.Fargate;

    /// <summary>True uses Fargate Spot (type FARGATE_SPOT). The default is false (FARGATE).</summary>
    public bool? Spot { get; init; }

    /// <summary>Maximum vCPUs. The default is 256.</summary>
    public int? MaxvCpus { get; init; }

    /// <summary>VPC subnets (at most 16); required.</summary>
    public ValueList<string>? Subnets { get; init; }

    /// <summary>Security groups (1 to 5); required.</summary>
    public ValueList<string>? SecurityGroups { get; init; }
}
