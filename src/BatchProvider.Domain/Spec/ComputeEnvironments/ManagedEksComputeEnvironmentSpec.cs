namespace BatchProvider.Domain.Spec.ComputeEnvironments;

/// <summary>Kind <c>ManagedEks</c>: Batch launches and scales EC2 instances as nodes of an existing EKS cluster.</summary>
public sealed record ManagedEksComputeEnvironmentSpec(string Id, Diagnostics.PropertyPath Path) : InstanceComputeEnvironmentSpec(Id, Path)
{
    /// <inheritdoc />
    public override string Kind => ComputeEnvironmentKinds.ManagedEks;

    /// <summary>The EKS cluster ARN; required.</summary>
    public string? EksCluster { get; init; }

    /// <summary>The Kubernetes namespace the jobs run in; required; not <c>default</c> nor <c>kube-*</c>.</summary>
    public string? KubernetesNamespace { get; init; }
}
