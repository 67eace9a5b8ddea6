using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Spec.ComputeEnvironments;
using static BatchProvider.Domain.Expansion.ComputeEnvironments.ComputeEnvironmentDefaults;

namespace BatchProvider.Domain.Expansion.ComputeEnvironments;

/// <summary>Expands a compute environment to its CreateComputeEnvironment request, applying the defaults. Pure; never throws.</summary>
public static class ComputeEnvironmentExpander
{
    /// <summary>The desired compute environment for <paramref name="spec"/>.</summary>
    public static DesiredComputeEnvironment Expand(ComputeEnvironmentSpec spec, ExpansionContext context)
    {
        var name = ResourceNames.Base(context.StackName, spec.Id);
        var request = new CreateComputeEnvironmentRequest
        {
            ComputeEnvironmentName = name,
            State = spec.Enabled == false ? Disabled : Enabled,
            ServiceRole = spec.ServiceRole,
            Tags = ResourceTags.For(context, spec.Tags, spec.Id, ResourceTags.Families.ComputeEnvironment),
            Context = spec.Context,
        };
        return spec switch
        {
            ManagedEc2ComputeEnvironmentSpec ec2 => Instances(ec2, name, request with { Type = "MANAGED", ComputeResources = ComputeResources(ec2, EcsImageType) }),
            ManagedEksComputeEnvironmentSpec eks => Instances(eks, name, request with
            {
                Type = "MANAGED",
                ComputeResources = ComputeResources(eks, EksImageType),
                EksConfiguration = new EksConfiguration { EksClusterArn = eks.EksCluster, KubernetesNamespace = eks.KubernetesNamespace },
            }),
            FargateComputeEnvironmentSpec fargate => new(spec.Id, name, spec.Kind, request with
            {
                Type = "MANAGED",
                ComputeResources = new ComputeResource
                {
                    Type = fargate.Spot == true ? "FARGATE_SPOT" : "FARGATE",
                    MaxvCpus = fargate.MaxvCpus ?? MaxvCpus,
                    Subnets = fargate.Subnets is { } subnets ? [.. subnets] : null,
                    SecurityGroupIds = fargate.SecurityGroups is { } groups ? [.. groups] : null,
                },
            }, null, null),
            UnmanagedComputeEnvironmentSpec unmanaged => new(spec.Id, name, spec.Kind, request with { Type = "UNMANAGED", UnmanagedvCpus = unmanaged.UnmanagedvCpus }, null, null),
            _ => throw new System.Diagnostics.UnreachableException($"kind {spec.Kind} has no expansion"),
        };
    }

    private static DesiredComputeEnvironment Instances(InstanceComputeEnvironmentSpec spec, string name, CreateComputeEnvironmentRequest request) =>
        new(spec.Id, name, spec.Kind, request,
            spec.UpdatePolicy is { } p ? new UpdatePolicy { TerminateJobsOnUpdate = p.TerminateJobsOnUpdate, JobExecutionTimeoutMinutes = p.JobExecutionTimeoutSeconds / 60 } : null,
            spec.UpdateToLatestImageVersion);

    private static ComputeResource ComputeResources(InstanceComputeEnvironmentSpec spec, string defaultImageType) => new()
    {
        Type = spec.Spot == true ? "SPOT" : "EC2",
        AllocationStrategy = spec.AllocationStrategy ?? (spec.Spot == true ? SpotAllocationStrategy : OnDemandAllocationStrategy),
        MinvCpus = spec.MinvCpus ?? MinvCpus,
        MaxvCpus = spec.MaxvCpus ?? MaxvCpus,
        DesiredvCpus = spec.DesiredvCpus,
        InstanceTypes = InstanceTypes(spec),
        Subnets = spec.Subnets is { } subnets ? [.. subnets] : null,
        SecurityGroupIds = spec.SecurityGroups is { } groups ? [.. groups] : null,
        Ec2KeyPair = spec.Ec2KeyPair,
        InstanceRole = spec.InstanceRole,
        Tags = spec.InstanceTags?.Entries,
        PlacementGroup = spec.PlacementGroup,
        BidPercentage = spec.SpotBidPercentage,
        SpotIamFleetRole = spec.SpotFleetRole,
        LaunchTemplate = spec.LaunchTemplate is { } t ? LaunchTemplate(t) : null,
        Ec2Configuration = spec.Images is { } images
            ? [.. images.Select(i => new Ec2Configuration { ImageType = i.Type, ImageIdOverride = i.ImageIdOverride, ImageKubernetesVersion = i.KubernetesVersion })]
            : [new Ec2Configuration { ImageType = defaultImageType }],
        ScalingPolicy = spec.ScalingPolicy is { MinScaleDownDelaySeconds: { } delay } ? new ComputeScalingPolicy { MinScaleDownDelayMinutes = (int)(delay / 60) } : null,
    };

    /// <summary>
    /// InstanceTypes, then InstanceClasses, then <c>optimal</c> unless UseOptimalInstanceClasses is false (as CDK
    /// renders them), each once.
    /// </summary>
    public static IReadOnlyList<string> InstanceTypes(InstanceComputeEnvironmentSpec spec) =>
    [
        .. new[] { spec.InstanceTypes ?? [], spec.InstanceClasses ?? [], spec.UseOptimalInstanceClasses == false ? [] : [OptimalInstanceType] }
            .SelectMany(list => list)
            .Distinct(StringComparer.Ordinal),
    ];

    private static LaunchTemplateSpecification LaunchTemplate(LaunchTemplateSpec t) => new()
    {
        LaunchTemplateId = t.Id,
        LaunchTemplateName = t.Name,
        Version = t.Version,
        UserdataType = t.UserdataType,
        Overrides = t.Overrides.IsEmpty ? null : [.. t.Overrides.Select(o => new LaunchTemplateSpecificationOverride
        {
            LaunchTemplateId = o.Id,
            LaunchTemplateName = o.Name,
            Version = o.Version,
            UserdataType = o.UserdataType,
            TargetInstanceTypes = [.. o.TargetInstanceTypes],
        })],
    };
}
