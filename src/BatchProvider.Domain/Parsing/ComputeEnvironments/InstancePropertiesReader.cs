using System.Collections.Immutable;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Parsing.ComputeEnvironments;

/// <summary>Reads the properties the EC2-instance kinds share.</summary>
internal static class InstancePropertiesReader
{
    public static InstanceComputeEnvironmentSpec Read(ObjectReader reader, InstanceComputeEnvironmentSpec seed) => seed with
    {
        Spot = reader.Boolean("Spot"),
        SpotBidPercentage = reader.Int("SpotBidPercentage", ParsingMessages.WholeNumberFrom(0, 100)),
        AllocationStrategy = reader.Enum("AllocationStrategy", ComputeEnvironmentProperties.AllocationStrategies),
        InstanceTypes = reader.StringList("InstanceTypes"),
        InstanceClasses = reader.StringList("InstanceClasses"),
        UseOptimalInstanceClasses = reader.Boolean("UseOptimalInstanceClasses"),
        MinvCpus = reader.Int("MinvCpus", ParsingMessages.WholeNumberAtLeast(0)),
        MaxvCpus = reader.Int("MaxvCpus", ParsingMessages.WholeNumberAtLeast(0)),
        DesiredvCpus = reader.Int("DesiredvCpus", ParsingMessages.WholeNumberAtLeast(0)),
        Images = ReadImages(reader),
        LaunchTemplate = ReadLaunchTemplate(reader),
        PlacementGroup = reader.String("PlacementGroup"),
        Ec2KeyPair = reader.String("Ec2KeyPair"),
        InstanceRole = reader.String("InstanceRole"),
        SpotFleetRole = reader.String("SpotFleetRole"),
        Subnets = reader.StringList("Subnets"),
        SecurityGroups = reader.StringList("SecurityGroups"),
        InstanceTags = reader.StringMap("InstanceTags"),
        UpdatePolicy = ReadUpdatePolicy(reader),
        UpdateToLatestImageVersion = reader.Boolean("UpdateToLatestImageVersion"),
        ScalingPolicy = ReadScalingPolicy(reader),
    };

    private static ImmutableArray<ComputeEnvironmentImageSpec>? ReadImages(ObjectReader reader)
    {
        if (reader.List("Images") is not { } items) return null;
        var images = ImmutableArray.CreateBuilder<ComputeEnvironmentImageSpec>();
        foreach (var item in items)
        {
            switch (item)
            {
                case ScalarNode s:
                    var typeReader = new ObjectReader(new MapNode(s.Path, [new("Type", s with { Path = s.Path.Property("Type") })]), reader.Diagnostics, "an image");
                    images.Add(new(typeReader.Enum("Type", ComputeEnvironmentProperties.ImageTypes), null, null, s.Path));
                    break;
                case MapNode map:
                    var r = new ObjectReader(map, reader.Diagnostics, "an image");
                    images.Add(new(r.Enum("Type", ComputeEnvironmentProperties.ImageTypes, required: true), r.String("ImageIdOverride"), r.String("KubernetesVersion"), map.Path));
                    r.Finish();
                    break;
                default:
                    reader.TypeError(item, "an object with Type, ImageIdOverride and KubernetesVersion");
                    break;
            }
        }
        return images.ToImmutable();
    }

    private static LaunchTemplateSpec? ReadLaunchTemplate(ObjectReader reader)
    {
        if (reader.Object("LaunchTemplate") is not { } map) return null;
        var r = new ObjectReader(map, reader.Diagnostics, "a launch template");
        var overrides = ImmutableArray.CreateBuilder<LaunchTemplateOverrideSpec>();
        foreach (var item in r.List("Overrides") ?? [])
        {
            if (item is not MapNode o)
            {
                r.TypeError(item, "an object with Id or Name, Version and TargetInstanceTypes");
                continue;
            }
            var or = new ObjectReader(o, reader.Diagnostics, "a launch template override");
            overrides.Add(new(or.String("Id"), or.String("Name"), or.String("Version"), or.Enum("UserdataType", ComputeEnvironmentProperties.UserdataTypes),
                or.StringList("TargetInstanceTypes", required: true) ?? [], o.Path));
            or.Finish();
        }
        var spec = new LaunchTemplateSpec(r.String("Id"), r.String("Name"), r.String("Version"), r.Enum("UserdataType", ComputeEnvironmentProperties.UserdataTypes), overrides.ToImmutable(), map.Path);
        r.Finish();
        return spec;
    }

    private static ComputeEnvironmentUpdatePolicySpec? ReadUpdatePolicy(ObjectReader reader)
    {
        if (reader.Object("UpdatePolicy") is not { } map) return null;
        var r = new ObjectReader(map, reader.Diagnostics, "an update policy");
        var spec = new ComputeEnvironmentUpdatePolicySpec(r.Boolean("TerminateJobsOnUpdate"), r.Duration("JobExecutionTimeout"), map.Path);
        r.Finish();
        return spec;
    }

    private static ScalingPolicySpec? ReadScalingPolicy(ObjectReader reader)
    {
        if (reader.Object("ScalingPolicy") is not { } map) return null;
        var r = new ObjectReader(map, reader.Diagnostics, "a scaling policy");
        var spec = new ScalingPolicySpec(r.Duration("MinScaleDownDelay"), map.Path);
        r.Finish();
        return spec;
    }
}
