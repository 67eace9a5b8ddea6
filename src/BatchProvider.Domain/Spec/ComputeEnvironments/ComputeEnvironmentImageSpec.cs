namespace BatchProvider.Domain.Spec.ComputeEnvironments;

/// <summary>One entry of <c>Images</c> (Batch's ec2Configuration).</summary>
/// <param name="Type">The image type, e.g. ECS_AL2023; required.</param>
/// <param name="ImageIdOverride">A custom AMI id. Default none.</param>
/// <param name="KubernetesVersion">EKS only: the Kubernetes version of the AMI. Default the latest Batch supports.</param>
/// <param name="Path">Where the entry stands.</param>
public sealed record ComputeEnvironmentImageSpec(string? Type, string? ImageIdOverride, string? KubernetesVersion, Diagnostics.PropertyPath Path);
