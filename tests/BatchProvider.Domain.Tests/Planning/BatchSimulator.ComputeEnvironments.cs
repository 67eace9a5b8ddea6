using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Tests.Planning;

/// <summary>Compute environment operations, with the update rules Batch enforces (Fargate, eligibility, desiredvCpus).</summary>
internal sealed partial class BatchSimulator
{
    private static readonly HashSet<string> InfraFields =
    [
        "allocationStrategy", "bidPercentage", "ec2Configuration", "ec2KeyPair", "imageId", "instanceRole",
        "instanceTypes", "launchTemplate", "placementGroup", "tags", "type", "updateToLatestImageVersion",
    ];

    public string? Visit(CreateComputeEnvironment operation)
    {
        var r = operation.Request;
        var name = r.ComputeEnvironmentName!;
        if (ComputeEnvironments.ContainsKey(name)) return $"compute environment {name} already exists";
        var resources = r.ComputeResources;
        if (resources is not null && resources.Type is "EC2" or "SPOT")
        {
            resources = resources with
            {
                AllocationStrategy = resources.AllocationStrategy ?? "BEST_FIT",
                DesiredvCpus = resources.DesiredvCpus ?? resources.MinvCpus ?? 0,
                Ec2Configuration = resources.Ec2Configuration ?? [new Ec2Configuration { ImageType = "ECS_AL2" }],
                InstanceRole = resources.InstanceRole is { } role ? $"arn:aws:iam::123456789012:instance-profile/{role}" : null,
            };
        }
        ComputeEnvironments[name] = new ComputeEnvironmentDetail
        {
            ComputeEnvironmentName = name,
            ComputeEnvironmentArn = BatchArns.ComputeEnvironment(Specs.ArnPrefix, name),
            Type = r.Type,
            State = r.State ?? "ENABLED",
            Status = "CREATING",
            ComputeResources = resources,
            ServiceRole = r.ServiceRole ?? Specs.ServiceLinkedRole,
            EksConfiguration = r.EksConfiguration,
            UnmanagedvCpus = r.UnmanagedvCpus,
            Tags = r.Tags,
        };
        return null;
    }

    public string? Visit(UpdateComputeEnvironment operation)
    {
        var r = operation.Request;
        if (FindCe(r.ComputeEnvironment) is not { } ce) return operation.NotFoundIsDone ? null : $"{r.ComputeEnvironment} does not exist";
        if (!Owned(ce.Tags)) Violations.Add($"updated foreign compute environment {ce.ComputeEnvironmentName}");
        if (ce.Status is "CREATING" or "UPDATING" or "DELETING") return $"{ce.ComputeEnvironmentName} is {ce.Status}";
        var fargate = ce.ComputeResources?.Type is "FARGATE" or "FARGATE_SPOT";
        var infra = Members(r.ComputeResources).Where(InfraFields.Contains).ToList();
        if (fargate && (infra.Count > 0 || r.UpdatePolicy is not null)) return $"parameters can't be updated for Fargate: {string.Join(",", infra)}";
        var eligible = ce.ComputeResources?.AllocationStrategy is "BEST_FIT_PROGRESSIVE" or "SPOT_CAPACITY_OPTIMIZED" or "SPOT_PRICE_CAPACITY_OPTIMIZED"
            && ce.ServiceRole == Specs.ServiceLinkedRole;
        if (!fargate && (infra.Count > 0 || r.UpdatePolicy is not null) && !eligible) return $"infrastructure update not allowed: {string.Join(",", infra)}";
        var u = r.ComputeResources;
        if (u?.DesiredvCpus is { } desired && desired < (ce.ComputeResources?.DesiredvCpus ?? 0)) return "Manually scaling down compute environment is not supported";
        var cr = ce.ComputeResources;
        if (u is not null && cr is not null)
        {
            cr = cr with
            {
                MinvCpus = u.MinvCpus ?? cr.MinvCpus,
                MaxvCpus = u.MaxvCpus ?? cr.MaxvCpus,
                DesiredvCpus = u.DesiredvCpus ?? cr.DesiredvCpus,
                Subnets = u.Subnets ?? cr.Subnets,
                SecurityGroupIds = u.SecurityGroupIds ?? cr.SecurityGroupIds,
                AllocationStrategy = u.AllocationStrategy ?? cr.AllocationStrategy,
                InstanceTypes = u.InstanceTypes ?? cr.InstanceTypes,
                InstanceRole = u.InstanceRole ?? cr.InstanceRole,
                Type = u.Type ?? cr.Type,
                Tags = u.Tags ?? cr.Tags,
                ScalingPolicy = u.ScalingPolicy ?? cr.ScalingPolicy,
                BidPercentage = u.BidPercentage ?? cr.BidPercentage,
                Ec2Configuration = u.Ec2Configuration ?? cr.Ec2Configuration,
                // UpdateComputeEnvironment: "To remove ..., set this value to an empty string."
                Ec2KeyPair = Removable(u.Ec2KeyPair, cr.Ec2KeyPair),
                PlacementGroup = Removable(u.PlacementGroup, cr.PlacementGroup),
                ImageId = Removable(u.ImageId, cr.ImageId),
                LaunchTemplate = u.LaunchTemplate is null ? cr.LaunchTemplate
                    : u.LaunchTemplate is { LaunchTemplateName: "" } or { LaunchTemplateId: "" } ? null : u.LaunchTemplate,
            };
        }
        ComputeEnvironments[ce.ComputeEnvironmentName!] = ce with
        {
            State = r.State ?? ce.State,
            UnmanagedvCpus = r.UnmanagedvCpus ?? ce.UnmanagedvCpus,
            ServiceRole = r.ServiceRole ?? ce.ServiceRole,
            UpdatePolicy = r.UpdatePolicy ?? ce.UpdatePolicy,
            ComputeResources = cr,
            Status = "UPDATING",
        };
        return null;
    }

    private static string? Removable(string? update, string? current) => update is null ? current : update.Length == 0 ? null : update;

    public string? Visit(DeleteComputeEnvironment operation)
    {
        if (FindCe(operation.Request.ComputeEnvironment) is not { } ce) return null;
        if (!Owned(ce.Tags)) Violations.Add($"deleted foreign compute environment {ce.ComputeEnvironmentName}");
        if (ce.State != "DISABLED") return $"{ce.ComputeEnvironmentName} must be DISABLED before deletion";
        if (JobQueues.Values.FirstOrDefault(q => (q.ComputeEnvironmentOrder ?? []).Any(o => FindCe(o.ComputeEnvironment) == ce)) is { } user)
        {
            Violations.Add($"deleted {ce.ComputeEnvironmentName} while queue {user.JobQueueName} references it");
        }
        ComputeEnvironments[ce.ComputeEnvironmentName!] = ce with { Status = "DELETING" };
        return null;
    }

    public string? Visit(WaitForComputeEnvironment operation)
    {
        var ce = FindCe(operation.ComputeEnvironment);
        switch (operation.Until)
        {
            case WaitTarget.Valid:
                if (ce is null) return $"{operation.ComputeEnvironment} does not exist";
                if (ce.Status is "INVALID" or "DELETING") return $"{operation.ComputeEnvironment} is {ce.Status}";
                ComputeEnvironments[ce.ComputeEnvironmentName!] = ce with { Status = "VALID" };
                return null;
            case WaitTarget.Settled:
                if (ce is { Status: "CREATING" or "UPDATING" }) ComputeEnvironments[ce.ComputeEnvironmentName!] = ce with { Status = "VALID" };
                return null;
            case WaitTarget.Gone:
                if (ce is { Status: "DELETING" }) ComputeEnvironments.Remove(ce.ComputeEnvironmentName!);
                return ce is null or { Status: "DELETING" } ? null : $"{operation.ComputeEnvironment} is {ce.Status}, not being deleted";
            default:
                return "unknown wait target";
        }
    }

    private static IEnumerable<string> Members(ComputeResourceUpdate? u)
    {
        if (u is null) yield break;
        if (u.AllocationStrategy is not null) yield return "allocationStrategy";
        if (u.BidPercentage is not null) yield return "bidPercentage";
        if (u.Ec2Configuration is not null) yield return "ec2Configuration";
        if (u.Ec2KeyPair is not null) yield return "ec2KeyPair";
        if (u.ImageId is not null) yield return "imageId";
        if (u.InstanceRole is not null) yield return "instanceRole";
        if (u.InstanceTypes is not null) yield return "instanceTypes";
        if (u.LaunchTemplate is not null) yield return "launchTemplate";
        if (u.PlacementGroup is not null) yield return "placementGroup";
        if (u.Tags is not null) yield return "tags";
        if (u.Type is not null) yield return "type";
        if (u.UpdateToLatestImageVersion is not null) yield return "updateToLatestImageVersion";
    }
}
