namespace BatchProvider.Domain.Spec.ComputeEnvironments;

/// <summary>The values of a compute environment's <c>Kind</c>.</summary>
public static class ComputeEnvironmentKinds
{
    /// <summary>Managed EC2 instances in ECS.</summary>
    public const string ManagedEc2 = "ManagedEc2";

    /// <summary>Managed EC2 instances in an existing EKS cluster.</summary>
    public const string ManagedEks = "ManagedEks";

    /// <summary>Fargate or Fargate Spot capacity.</summary>
    public const string Fargate = "Fargate";

    /// <summary>Instances the user manages.</summary>
    public const string Unmanaged = "Unmanaged";

    /// <summary>Every kind, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = [ManagedEc2, ManagedEks, Fargate, Unmanaged];
}
