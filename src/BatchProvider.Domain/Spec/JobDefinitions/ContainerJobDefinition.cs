using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>Kind <c>Container</c>: one container on EC2 or Fargate (Batch type <c>container</c> with containerProperties).</summary>
public sealed record ContainerJobDefinition(string Id, PropertyPath Path) : JobDefinitionSpec(Id, Path)
{
    /// <summary>EC2 or FARGATE. Default: EC2 (Batch's default).</summary>
    public JobPlatform? Platform { get; init; }

    /// <summary>Whether job tags are copied to the ECS task. Default: false.</summary>
    public bool? PropagateTags { get; init; }

    /// <summary>The container.</summary>
    public required ContainerSpec Container { get; init; }

    /// <summary>Fargate-only settings; each one on an EC2 job is an error naming the property.</summary>
    public FargateOptions Fargate { get; init; } = FargateOptions.None;
}
