using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Domain.Planning.ComputeEnvironments;

/// <summary>The platform family of a CE as far as update rules go (EKS is an EC2 family with an EKS configuration).</summary>
internal enum ComputeEnvironmentShape
{
    Unmanaged,
    Ec2,
    Fargate,
}

/// <summary>Facts about CE requests and details that decide between update and replacement (batch-rules.md C.1).</summary>
internal static class ComputeEnvironmentFacts
{
    /// <summary>Allocation strategies that allow infrastructure updates (current user guide; see batch-rules.md "Key discrepancies").</summary>
    private static readonly HashSet<string> InfraUpdatableStrategies = new(StringComparer.Ordinal)
    {
        "BEST_FIT_PROGRESSIVE", "SPOT_CAPACITY_OPTIMIZED", "SPOT_PRICE_CAPACITY_OPTIMIZED",
    };

    public static ComputeEnvironmentShape Shape(string? type, string? computeResourcesType) =>
        type == "UNMANAGED" ? ComputeEnvironmentShape.Unmanaged
        : computeResourcesType is "FARGATE" or "FARGATE_SPOT" ? ComputeEnvironmentShape.Fargate
        : ComputeEnvironmentShape.Ec2;

    public static ComputeEnvironmentShape Shape(CreateComputeEnvironmentRequest request) =>
        Shape(request.Type, request.ComputeResources?.Type);

    public static ComputeEnvironmentShape Shape(ComputeEnvironmentDetail detail) =>
        Shape(detail.Type, detail.ComputeResources?.Type);

    /// <summary>The service-linked role, or no role (Batch then uses the service-linked role).</summary>
    public static bool IsServiceLinkedRole(string? role) =>
        role is null || role.Contains("/aws-service-role/batch.amazonaws.com/", StringComparison.Ordinal);

    /// <summary>Batch's default allocation strategy is BEST_FIT, which never allows infrastructure updates.</summary>
    public static bool AllowsInfrastructureUpdates(string? allocationStrategy) =>
        allocationStrategy is not null && InfraUpdatableStrategies.Contains(allocationStrategy);

    /// <summary>Infrastructure updates need a managed EC2/EKS CE, an eligible strategy and the service-linked role.</summary>
    public static bool IsInfrastructureUpdatable(CreateComputeEnvironmentRequest request) =>
        Shape(request) == ComputeEnvironmentShape.Ec2
        && AllowsInfrastructureUpdates(request.ComputeResources?.AllocationStrategy)
        && IsServiceLinkedRole(request.ServiceRole);

    /// <summary>The same for what Batch reports.</summary>
    public static bool IsInfrastructureUpdatable(ComputeEnvironmentDetail detail) =>
        Shape(detail) == ComputeEnvironmentShape.Ec2
        && AllowsInfrastructureUpdates(detail.ComputeResources?.AllocationStrategy)
        && IsServiceLinkedRole(detail.ServiceRole);
}
