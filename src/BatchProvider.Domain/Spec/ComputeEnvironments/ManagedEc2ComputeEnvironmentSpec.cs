namespace BatchProvider.Domain.Spec.ComputeEnvironments;

/// <summary>Kind <c>ManagedEc2</c>: Batch launches and scales EC2 instances in ECS.</summary>
public sealed record ManagedEc2ComputeEnvironmentSpec(string Id, Diagnostics.PropertyPath Path) : InstanceComputeEnvironmentSpec(Id, Path)
{
    /// <inheritdoc />
    public override string Kind => ComputeEnvironmentKinds.ManagedEc2;
}
