using System.Collections.Immutable;
using System.Text.Json.Nodes;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Planning.Comparison;

namespace BatchProvider.Domain.Planning.ComputeEnvironments;

/// <summary>
/// The difference between a desired CE and what Batch reports, classified by batch-rules.md C.1: either the wire
/// paths that force a replacement, or the one UpdateComputeEnvironment request that fixes it in place (null when
/// nothing differs). The whole request is compared after <see cref="ReportedDefaults.ComputeResources"/>, so a member
/// removed from the spec is a change; the update then sends the value that removes it (<c>""</c> for a key pair,
/// placement group or AMI, as UpdateComputeEnvironment documents).
/// </summary>
internal sealed record ComputeEnvironmentDiff(ImmutableArray<string> ForcedReplaceBy, UpdateComputeEnvironmentRequest? Update)
{
    private enum FieldClass
    {
        /// <summary>Scaling update on every shape.</summary>
        Scaling,

        /// <summary>Scaling update on Fargate, infrastructure update on EC2/EKS.</summary>
        Network,

        /// <summary>Infrastructure update when eligible, otherwise replacement; on Fargate always replacement.</summary>
        Infrastructure,

        /// <summary>Never updatable.</summary>
        Replace,
    }

    private sealed record Field(string Wire, FieldClass Class, Func<ComputeResource, ComputeResourceUpdate, ComputeResourceUpdate> Copy);

    private static readonly ImmutableArray<Field> Fields =
    [
        new("minvCpus", FieldClass.Scaling, (d, u) => u with { MinvCpus = d.MinvCpus ?? 0 }),
        new("maxvCpus", FieldClass.Scaling, (d, u) => u with { MaxvCpus = d.MaxvCpus }),
        new("scalingPolicy", FieldClass.Scaling, (d, u) => u with { ScalingPolicy = d.ScalingPolicy }),
        new("subnets", FieldClass.Network, (d, u) => u with { Subnets = d.Subnets ?? [] }),
        new("securityGroupIds", FieldClass.Network, (d, u) => u with { SecurityGroupIds = d.SecurityGroupIds ?? [] }),
        new("allocationStrategy", FieldClass.Infrastructure, (d, u) => u with { AllocationStrategy = d.AllocationStrategy }),
        new("bidPercentage", FieldClass.Infrastructure, (d, u) => u with { BidPercentage = d.BidPercentage ?? 100 }),
        new("ec2Configuration", FieldClass.Infrastructure, (d, u) => u with { Ec2Configuration = d.Ec2Configuration }),
        new("ec2KeyPair", FieldClass.Infrastructure, (d, u) => u with { Ec2KeyPair = d.Ec2KeyPair ?? Remove }),
        new("imageId", FieldClass.Infrastructure, (d, u) => u with { ImageId = d.ImageId ?? Remove }),
        new("instanceRole", FieldClass.Infrastructure, (d, u) => u with { InstanceRole = d.InstanceRole }),
        new("instanceTypes", FieldClass.Infrastructure, (d, u) => u with { InstanceTypes = d.InstanceTypes }),
        new("launchTemplate", FieldClass.Infrastructure, (d, u) => u with { LaunchTemplate = d.LaunchTemplate ?? new LaunchTemplateSpecification { LaunchTemplateName = Remove } }),
        new("placementGroup", FieldClass.Infrastructure, (d, u) => u with { PlacementGroup = d.PlacementGroup ?? Remove }),
        new("tags", FieldClass.Infrastructure, (d, u) => u with { Tags = d.Tags ?? new Dictionary<string, string>() }),
        new("type", FieldClass.Infrastructure, (d, u) => u with { Type = d.Type }),
        new("spotIamFleetRole", FieldClass.Replace, (_, u) => u),
    ];

    /// <summary>What UpdateComputeEnvironment takes to remove a string member ("To remove ..., set this value to an empty string").</summary>
    private const string Remove = "";

    public static ComputeEnvironmentDiff Of(DesiredComputeEnvironment desired, ComputeEnvironmentDetail observed)
    {
        var d = desired.Create;
        var replace = ImmutableArray.CreateBuilder<string>();
        var desiredShape = ComputeEnvironmentFacts.Shape(d);
        var observedShape = ComputeEnvironmentFacts.Shape(observed);

        if (d.Type is not null && d.Type != observed.Type) replace.Add("type");
        if (desiredShape != observedShape) replace.Add("computeResources.type");
        if (!CanonicalJson.Same(CanonicalJson.ToNode(d.EksConfiguration, BatchApiJsonContext.Default.EksConfiguration),
                CanonicalJson.ToNode(observed.EksConfiguration, BatchApiJsonContext.Default.EksConfiguration)))
        {
            replace.Add("eksConfiguration");
        }
        // No serviceRole means Batch's service-linked role, which Batch reports by its ARN.
        var roleDiffers = d.ServiceRole is null
            ? !ComputeEnvironmentFacts.IsServiceLinkedRole(observed.ServiceRole)
            : !SameString(d.ServiceRole, observed.ServiceRole);
        if (roleDiffers && ComputeEnvironmentFacts.IsServiceLinkedRole(d.ServiceRole) != ComputeEnvironmentFacts.IsServiceLinkedRole(observed.ServiceRole))
        {
            replace.Add("serviceRole");
        }
        if (replace.Count > 0) return new ComputeEnvironmentDiff(replace.ToImmutable(), null);

        var update = new UpdateComputeEnvironmentRequest { ComputeEnvironment = observed.ComputeEnvironmentName };
        var changed = false;
        if (d.State is not null && d.State != observed.State) { update = update with { State = d.State }; changed = true; }
        if (d.UnmanagedvCpus is not null && d.UnmanagedvCpus != observed.UnmanagedvCpus) { update = update with { UnmanagedvCpus = d.UnmanagedvCpus }; changed = true; }
        if (roleDiffers && d.ServiceRole is not null) { update = update with { ServiceRole = d.ServiceRole }; changed = true; }

        var infra = ImmutableArray.CreateBuilder<string>();
        if (d.ComputeResources is { } dr)
        {
            var (dNode, oNode) = ReportedDefaults.Apply(
                CanonicalJson.ToNode(dr, BatchApiJsonContext.Default.ComputeResource),
                CanonicalJson.ToNode(observed.ComputeResources, BatchApiJsonContext.Default.ComputeResource),
                ReportedDefaults.ComputeResources);
            var resources = new ComputeResourceUpdate();
            var resourcesChanged = false;
            foreach (var field in Fields)
            {
                if (CanonicalJson.Same(dNode?[field.Wire], oNode?[field.Wire])) continue;
                var path = "computeResources." + field.Wire;
                var cls = field.Class == FieldClass.Network && desiredShape == ComputeEnvironmentShape.Fargate ? FieldClass.Scaling : field.Class;
                switch (cls)
                {
                    case FieldClass.Replace:
                        replace.Add(path);
                        break;
                    case FieldClass.Network:
                    case FieldClass.Infrastructure:
                        infra.Add(path);
                        break;
                    case FieldClass.Scaling:
                        break;
                }
                resources = field.Copy(dr, resources);
                resourcesChanged = true;
            }
            // Batch only accepts a higher desiredvCpus ("Manually scaling down ... is not supported"), and EKS none at all.
            if (dr.DesiredvCpus is { } want && d.EksConfiguration is null && want > (observed.ComputeResources?.DesiredvCpus ?? 0))
            {
                resources = resources with { DesiredvCpus = want };
                resourcesChanged = true;
            }
            if (resourcesChanged) { update = update with { ComputeResources = resources }; changed = true; }
        }
        if (replace.Count > 0) return new ComputeEnvironmentDiff(replace.ToImmutable(), null);
        if (infra.Count > 0 && !(ComputeEnvironmentFacts.IsInfrastructureUpdatable(d) && ComputeEnvironmentFacts.IsInfrastructureUpdatable(observed)))
        {
            return new ComputeEnvironmentDiff(infra.ToImmutable(), null);
        }
        if (infra.Count > 0 && desired.UpdateToLatestImageVersion is { } latest)
        {
            // An infrastructure update is when Batch looks at this flag; it belongs in the same request.
            update = update with { ComputeResources = update.ComputeResources! with { UpdateToLatestImageVersion = latest } };
        }
        return new ComputeEnvironmentDiff([], changed ? update : null);
    }

    private static bool SameString(string desired, string? observed) =>
        CanonicalJson.Same(JsonValue.Create(desired), observed is null ? null : JsonValue.Create(observed));
}
