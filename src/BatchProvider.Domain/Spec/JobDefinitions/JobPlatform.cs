namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>Where a container job runs (Batch <c>platformCapabilities</c>). Batch's default is <see cref="Ec2"/>.</summary>
public enum JobPlatform
{
    /// <summary>EC2 or Spot instances of a managed or unmanaged compute environment.</summary>
    Ec2,

    /// <summary>Fargate or Fargate Spot.</summary>
    Fargate,
}
