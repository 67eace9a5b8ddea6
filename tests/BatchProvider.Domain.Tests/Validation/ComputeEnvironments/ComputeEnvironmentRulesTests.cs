using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Tests.TestSupport;

namespace BatchProvider.Domain.Tests.Validation.ComputeEnvironments;

public class ComputeEnvironmentRulesTests
{
    private const string Eks = "Kind: ManagedEks, EksCluster: \"arn:aws:eks:us-east-1:123456789012:cluster/c\", KubernetesNamespace: batch";
    private const string P = "ComputeEnvironments[0].";

    [Theory]
    // kinds are types
    [InlineData("Kind: Fargate, AllocationStrategy: BEST_FIT", P + "AllocationStrategy", DiagnosticCodes.PropertyNotInKind)]
    [InlineData("Kind: Fargate, InstanceRole: x", P + "InstanceRole", DiagnosticCodes.PropertyNotInKind)]
    [InlineData("Kind: Fargate, MinvCpus: 0", P + "MinvCpus", DiagnosticCodes.PropertyNotInKind)]
    [InlineData("Kind: Fargate, SpotBidPercentage: 50", P + "SpotBidPercentage", DiagnosticCodes.PropertyNotInKind)]
    [InlineData("Kind: Unmanaged, ServiceRole: \"arn:aws:iam::123456789012:role/b\", MaxvCpus: 4", P + "MaxvCpus", DiagnosticCodes.PropertyNotInKind)]
    [InlineData("Kind: ManagedEc2, EksCluster: x", P + "EksCluster", DiagnosticCodes.PropertyNotInKind)]
    [InlineData("Kind: ManagedEc2, MaxvCpu: 4", P + "MaxvCpu", DiagnosticCodes.UnknownProperty)]
    [InlineData("MaxvCpus: 4", P + "Kind", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Kind: Ec2", P + "Kind", DiagnosticCodes.InvalidEnumValue)]
    [InlineData("Kind: ManagedEc2, MaxvCpus: lots", P + "MaxvCpus", DiagnosticCodes.WrongType)]
    [InlineData("Kind: ManagedEc2, MaxvCpus: 99999999999", P + "MaxvCpus", DiagnosticCodes.OutOfRange)]
    // vCPUs
    [InlineData("Kind: ManagedEc2, MinvCpus: 512, MaxvCpus: 256", P + "MinvCpus", DiagnosticCodes.CeVcpuBounds)]
    [InlineData("Kind: ManagedEc2, MinvCpus: 300", P + "MinvCpus", DiagnosticCodes.CeVcpuBounds)]
    [InlineData("Kind: ManagedEc2, MinvCpus: -1", P + "MinvCpus", DiagnosticCodes.CeVcpuBounds)]
    [InlineData("Kind: Fargate, MaxvCpus: -4", P + "MaxvCpus", DiagnosticCodes.CeVcpuBounds)]
    [InlineData("Kind: ManagedEc2, MaxvCpus: 8, DesiredvCpus: 16", P + "DesiredvCpus", DiagnosticCodes.CeDesiredOutOfBounds)]
    [InlineData(Eks + ", DesiredvCpus: 4", P + "DesiredvCpus", DiagnosticCodes.CeDesiredvCpusSet)]
    // allocation strategy and Spot
    [InlineData("Kind: ManagedEc2, AllocationStrategy: SPOT_CAPACITY_OPTIMIZED", P + "AllocationStrategy", DiagnosticCodes.CeAllocationStrategy)]
    [InlineData("Kind: ManagedEc2, AllocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED", P + "AllocationStrategy", DiagnosticCodes.CeAllocationStrategy)]
    [InlineData("Kind: ManagedEc2, Spot: true, AllocationStrategy: BEST_FIT_PROGRESSIVE_ORDERED", P + "AllocationStrategy", DiagnosticCodes.CeAllocationStrategy)]
    [InlineData(Eks + ", AllocationStrategy: BEST_FIT", P + "AllocationStrategy", DiagnosticCodes.CeAllocationStrategy)]
    [InlineData("Kind: ManagedEc2, AllocationStrategy: BEST", P + "AllocationStrategy", DiagnosticCodes.InvalidEnumValue)]
    [InlineData("Kind: ManagedEc2, SpotBidPercentage: 50", P + "SpotBidPercentage", DiagnosticCodes.CeBidPercentageWithoutSpot)]
    [InlineData("Kind: ManagedEc2, Spot: true, SpotBidPercentage: 150", P + "SpotBidPercentage", DiagnosticCodes.OutOfRange)]
    [InlineData("Kind: ManagedEc2, Spot: true, AllocationStrategy: BEST_FIT", P + "SpotFleetRole", DiagnosticCodes.CeSpotFleetRoleRequired)]
    [InlineData("Kind: ManagedEc2, SpotFleetRole: \"arn:aws:iam::123456789012:role/f\"", P + "SpotFleetRole", DiagnosticCodes.CeSpotFleetRoleWithoutSpot)]
    [InlineData("Kind: ManagedEc2, Spot: maybe", P + "Spot", DiagnosticCodes.WrongType)]
    // EKS
    [InlineData("Kind: ManagedEks, KubernetesNamespace: batch", P + "EksCluster", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Kind: ManagedEks, EksCluster: my-cluster, KubernetesNamespace: batch", P + "EksCluster", DiagnosticCodes.CeEksClusterArn)]
    [InlineData("Kind: ManagedEks, EksCluster: \"arn:aws:eks:us-east-1:123456789012:cluster/c\"", P + "KubernetesNamespace", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Kind: ManagedEks, EksCluster: \"arn:aws:eks:us-east-1:123456789012:cluster/c\", KubernetesNamespace: default", P + "KubernetesNamespace", DiagnosticCodes.CeEksNamespace)]
    [InlineData("Kind: ManagedEks, EksCluster: \"arn:aws:eks:us-east-1:123456789012:cluster/c\", KubernetesNamespace: kube-system", P + "KubernetesNamespace", DiagnosticCodes.CeEksNamespace)]
    [InlineData("Kind: ManagedEks, EksCluster: \"arn:aws:eks:us-east-1:123456789012:cluster/c\", KubernetesNamespace: Batch_Jobs", P + "KubernetesNamespace", DiagnosticCodes.CeEksNamespace)]
    // network
    [InlineData("Kind: Fargate, SecurityGroups: [sg-a, sg-b, sg-c, sg-d, sg-e, sg-f]", P + "SecurityGroups", DiagnosticCodes.CeSecurityGroupCount)]
    [InlineData("Kind: Fargate, SecurityGroups: []", P + "SecurityGroups", DiagnosticCodes.CeSecurityGroupCount)]
    [InlineData("Kind: ManagedEc2, SecurityGroups: [sg-a, sg-b, sg-c, sg-d, sg-e, sg-f]", P + "SecurityGroups", DiagnosticCodes.CeSecurityGroupCount)]
    [InlineData("Kind: Fargate, Subnets: [subnet-0, subnet-1, subnet-2, subnet-3, subnet-4, subnet-5, subnet-6, subnet-7, subnet-8, subnet-9, subnet-10, subnet-11, subnet-12, subnet-13, subnet-14, subnet-15, subnet-16]", P + "Subnets", DiagnosticCodes.CeSubnetCount)]
    [InlineData("Kind: ManagedEc2, Subnets: []", P + "Subnets", DiagnosticCodes.CeSubnetCount)]
    [InlineData("Kind: ManagedEc2, Subnets: [subnet-1, private-a]", P + "Subnets[1]", DiagnosticCodes.CeNetworkId)]
    [InlineData("Kind: Fargate, SecurityGroups: default", P + "SecurityGroups", DiagnosticCodes.CeNetworkId)]
    // images and instance types
    [InlineData(Eks + ", Images: [{ Type: ECS_AL2023 }]", P + "Images[0].Type", DiagnosticCodes.CeImage)]
    [InlineData("Kind: ManagedEc2, Images: [{ Type: EKS_AL2023 }]", P + "Images[0].Type", DiagnosticCodes.CeImage)]
    [InlineData("Kind: ManagedEc2, Images: [{ Type: ECS_AL3 }]", P + "Images[0].Type", DiagnosticCodes.InvalidEnumValue)]
    [InlineData("Kind: ManagedEc2, Images: [{ Type: ECS_AL2023 }, { Type: ECS_AL2023_NVIDIA }, { Type: ECS_AL2 }]", P + "Images", DiagnosticCodes.CeImage)]
    [InlineData("Kind: ManagedEc2, Images: [{ Type: ECS_AL2023 }, { Type: ECS_AL2023 }]", P + "Images[1].Type", DiagnosticCodes.CeImage)]
    [InlineData("Kind: ManagedEc2, Images: [{ Type: ECS_AL2023, KubernetesVersion: '1.30' }]", P + "Images[0].KubernetesVersion", DiagnosticCodes.CeImage)]
    [InlineData("Kind: ManagedEc2, Images: [{ ImageIdOverride: ami-1 }]", P + "Images[0].Type", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Kind: ManagedEc2, InstanceClasses: [a1], UseOptimalInstanceClasses: false", P + "InstanceClasses[0]", DiagnosticCodes.CeAl2023A1)]
    [InlineData("Kind: ManagedEc2, InstanceTypes: [p3.2xlarge], UseOptimalInstanceClasses: false, Images: [{ Type: ECS_AL2023_NVIDIA }]", P + "InstanceTypes[0]", DiagnosticCodes.CeNvidiaAl2023OldGpu)]
    [InlineData("Kind: ManagedEc2, InstanceTypes: [g3s.xlarge], UseOptimalInstanceClasses: false, Images: [{ Type: ECS_AL2023_NVIDIA }]", P + "InstanceTypes[0]", DiagnosticCodes.CeNvidiaAl2023OldGpu)]
    [InlineData("Kind: ManagedEc2, InstanceTypes: [m6i.large, m6g.large], UseOptimalInstanceClasses: false", P + "InstanceTypes[1]", DiagnosticCodes.CeMixedArchitectures)]
    [InlineData("Kind: ManagedEc2, InstanceTypes: [c7gn.large], InstanceClasses: [r6i], UseOptimalInstanceClasses: false", P + "InstanceClasses[0]", DiagnosticCodes.CeMixedArchitectures)]
    [InlineData("Kind: ManagedEc2, InstanceClasses: [c7g]", P + "UseOptimalInstanceClasses", DiagnosticCodes.CeMixedArchitectures)]
    [InlineData("Kind: ManagedEc2, UseOptimalInstanceClasses: false", P + "UseOptimalInstanceClasses", DiagnosticCodes.CeNoInstanceTypes)]
    // launch template
    [InlineData("Kind: ManagedEc2, LaunchTemplate: { Id: lt-1, Name: n }", P + "LaunchTemplate.Name", DiagnosticCodes.CeLaunchTemplateIdOrName)]
    [InlineData("Kind: ManagedEc2, LaunchTemplate: { Version: '1' }", P + "LaunchTemplate.Id", DiagnosticCodes.CeLaunchTemplateIdOrName)]
    [InlineData("Kind: ManagedEc2, InstanceTypes: [m6i.large], LaunchTemplate: { Id: lt-1, Overrides: [{ Id: lt-2, TargetInstanceTypes: [c6i.large] }] }", P + "LaunchTemplate.Overrides[0].TargetInstanceTypes[0]", DiagnosticCodes.CeLaunchTemplateOverride)]
    [InlineData("Kind: ManagedEc2, LaunchTemplate: { Id: lt-1, Overrides: [{ Id: lt-2, TargetInstanceTypes: [optimal] }] }", P + "LaunchTemplate.Overrides[0].TargetInstanceTypes[0]", DiagnosticCodes.CeLaunchTemplateOverride)]
    [InlineData("Kind: ManagedEc2, InstanceClasses: [m6i], LaunchTemplate: { Id: lt-1, Overrides: [{ Id: lt-2, TargetInstanceTypes: [m6i] }, { Id: lt-3, TargetInstanceTypes: [m6i.large] }] }", P + "LaunchTemplate.Overrides[1].TargetInstanceTypes[0]", DiagnosticCodes.CeLaunchTemplateOverride)]
    [InlineData("Kind: ManagedEc2, LaunchTemplate: { Id: lt-1, UserdataType: EKS_NODEADM }", P + "LaunchTemplate.UserdataType", DiagnosticCodes.CeUserdataType)]
    [InlineData(Eks + ", Images: [{ Type: EKS_AL2023, ImageIdOverride: ami-1 }], LaunchTemplate: { Id: lt-1 }", P + "LaunchTemplate.UserdataType", DiagnosticCodes.CeUserdataType)]
    [InlineData("Kind: ManagedEc2, LaunchTemplate: { Id: lt-1, Verison: '2' }", P + "LaunchTemplate.Verison", DiagnosticCodes.UnknownProperty)]
    [InlineData("Kind: ManagedEc2, LaunchTemplate: { Id: my-template }", P + "LaunchTemplate.Id", DiagnosticCodes.CeLaunchTemplateFormat)]
    [InlineData("Kind: ManagedEc2, LaunchTemplate: { Name: t, Version: latest }", P + "LaunchTemplate.Version", DiagnosticCodes.CeLaunchTemplateFormat)]
    [InlineData("Kind: ManagedEc2, LaunchTemplate: { Name: t, Version: '0' }", P + "LaunchTemplate.Version", DiagnosticCodes.CeLaunchTemplateFormat)]
    [InlineData("Kind: ManagedEc2, Images: [{ Type: ECS_AL2023, ImageIdOverride: my-ami }]", P + "Images[0].ImageIdOverride", DiagnosticCodes.CeImage)]
    [InlineData(Eks + ", Images: [{ Type: EKS_AL2023, KubernetesVersion: latest }]", P + "Images[0].KubernetesVersion", DiagnosticCodes.CeImage)]
    // update and scaling policies
    [InlineData("Kind: ManagedEc2, UpdatePolicy: { JobExecutionTimeout: 6d }", P + "UpdatePolicy.JobExecutionTimeout", DiagnosticCodes.CeUpdatePolicyTimeout)]
    [InlineData("Kind: ManagedEc2, UpdatePolicy: { JobExecutionTimeout: 90s }", P + "UpdatePolicy.JobExecutionTimeout", DiagnosticCodes.CeUpdatePolicyTimeout)]
    [InlineData("Kind: ManagedEc2, UpdatePolicy: { JobExecutionTimeout: 0 }", P + "UpdatePolicy.JobExecutionTimeout", DiagnosticCodes.CeUpdatePolicyTimeout)]
    [InlineData("Kind: ManagedEc2, UpdatePolicy: { TerminateJobsOnUpdate: sometimes }", P + "UpdatePolicy.TerminateJobsOnUpdate", DiagnosticCodes.WrongType)]
    [InlineData("Kind: ManagedEc2, ScalingPolicy: { MinScaleDownDelay: 5m }", P + "ScalingPolicy.MinScaleDownDelay", DiagnosticCodes.CeScalingPolicyDelay)]
    [InlineData("Kind: ManagedEc2, ScalingPolicy: { MinScaleDownDelay: 8d }", P + "ScalingPolicy.MinScaleDownDelay", DiagnosticCodes.CeScalingPolicyDelay)]
    // roles
    [InlineData("Kind: ManagedEc2, InstanceRole: \"arn:aws:iam::123456789012:role/ecsInstanceRole\"", P + "InstanceRole", DiagnosticCodes.CeInstanceRoleIsRole)]
    [InlineData("Kind: ManagedEc2, ServiceRole: AWSServiceRoleForBatch", P + "ServiceRole", DiagnosticCodes.CeServiceRoleShortName)]
    [InlineData("Kind: Fargate, ServiceRole: AWSServiceRoleForBatch", P + "ServiceRole", DiagnosticCodes.CeServiceRoleShortName)]
    [InlineData("Kind: ManagedEc2, ServiceRole: \"arn:aws:iam::123456789012:instance-profile/x\"", P + "ServiceRole", DiagnosticCodes.CeRoleArn)]
    [InlineData("Kind: ManagedEc2, Spot: true, SpotFleetRole: \"arn:aws:iam::123456789012:instance-profile/x\"", P + "SpotFleetRole", DiagnosticCodes.CeRoleArn)]
    [InlineData("Kind: Unmanaged", P + "ServiceRole", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("Kind: Unmanaged, ServiceRole: \"arn:aws:iam::123456789012:role/b\", UnmanagedvCpus: -2", P + "UnmanagedvCpus", DiagnosticCodes.CeVcpuBounds)]
    // tags
    [InlineData("Kind: ManagedEc2, Tags: { \"aws:team\": x }", P + "Tags.aws:team", DiagnosticCodes.TagReservedPrefix)]
    [InlineData("Kind: ManagedEc2, InstanceTags: { \"batchprovider:stack\": x }", P + "InstanceTags.batchprovider:stack", DiagnosticCodes.TagReservedPrefix)]
    public void Rule_WhenViolated_ReportsCodeAtPath(string entries, string path, string code)
    {
        var result = Specs.Run(Specs.WithComputeEnvironment(entries));
        Specs.AssertReports(result, path, code);
        Assert.Null(result.Validated);
    }

    [Theory]
    [InlineData("Kind: ManagedEc2, DesiredvCpus: 4", P + "DesiredvCpus", DiagnosticCodes.CeDesiredvCpusSet)]
    [InlineData("Kind: ManagedEc2, MinvCpus: 4", P + "MinvCpus", DiagnosticCodes.CeIdleCapacity)]
    [InlineData("Kind: ManagedEc2, Images: [{ Type: ECS_AL2 }]", P + "Images[0].Type", DiagnosticCodes.CeAl2Retiring)]
    [InlineData("Kind: ManagedEc2, MaxvCpus: 0", P + "MaxvCpus", DiagnosticCodes.CeNoCapacity)]
    [InlineData("Kind: Fargate, MaxvCpus: 0", P + "MaxvCpus", DiagnosticCodes.CeNoCapacity)]
    [InlineData("Kind: Unmanaged, ServiceRole: \"arn:aws:iam::123456789012:role/b\", UnmanagedvCpus: 8", P + "UnmanagedvCpus", DiagnosticCodes.CeUnmanagedvCpusIgnored)]
    [InlineData("Kind: ManagedEc2, MaxvCpus: \"{{x}}\"", P + "MaxvCpus", DiagnosticCodes.WrongType)]
    [InlineData("Kind: ManagedEc2, AllocationStrategy: BEST_FIT, UpdatePolicy: { JobExecutionTimeout: 30m }", P + "UpdatePolicy", DiagnosticCodes.CeNoInPlaceUpdates)]
    [InlineData("Kind: ManagedEc2, ServiceRole: \"arn:aws:iam::123456789012:role/batch\", UpdateToLatestImageVersion: true", P + "UpdateToLatestImageVersion", DiagnosticCodes.CeNoInPlaceUpdates)]
    [InlineData("Kind: ManagedEc2, Images: [{ Type: ECS_AL2023, ImageIdOverride: ami-1 }], UpdateToLatestImageVersion: true", P + "UpdateToLatestImageVersion", DiagnosticCodes.CeNoInPlaceUpdates)]
    public void Rule_WhenRisky_Warns(string entries, string path, string code)
    {
        var result = Specs.Run(Specs.WithComputeEnvironment(entries));
        if (code == DiagnosticCodes.WrongType)
        {
            Specs.AssertReports(result, path, code);
            return;
        }
        Specs.AssertReports(result, path, code, Severity.Warning);
        Specs.AssertNoErrors(result);
        Assert.NotNull(result.Validated);
    }

    [Theory]
    [InlineData("Kind: ManagedEc2")]
    [InlineData("Kind: ManagedEc2, Spot: true, SpotBidPercentage: 60, InstanceClasses: [m6i, c6i], UseOptimalInstanceClasses: false")]
    [InlineData("Kind: ManagedEc2, Spot: true, AllocationStrategy: BEST_FIT, SpotFleetRole: \"arn:aws:iam::123456789012:role/fleet\"")]
    [InlineData("Kind: ManagedEc2, AllocationStrategy: BEST_FIT_PROGRESSIVE_ORDERED, MinvCpus: 0, MaxvCpus: 16")]
    [InlineData("Kind: ManagedEc2, InstanceClasses: [m6g, c7g, r7gd, x2gd, im4gn], UseOptimalInstanceClasses: false")]
    [InlineData("Kind: ManagedEc2, InstanceTypes: [g5.xlarge, p4d.24xlarge], UseOptimalInstanceClasses: false, Images: [{ Type: ECS_AL2023_NVIDIA }]")]
    [InlineData("Kind: ManagedEc2, InstanceClasses: [a1], UseOptimalInstanceClasses: false, Images: [{ Type: ECS_AL2, ImageIdOverride: ami-1 }]")]
    [InlineData("Kind: ManagedEc2, InstanceTypes: [m6i.large, c6i.large], LaunchTemplate: { Name: base, Version: $Latest, Overrides: [{ Id: lt-2, TargetInstanceTypes: [c6i.large] }] }")]
    [InlineData("Kind: ManagedEc2, UpdatePolicy: { TerminateJobsOnUpdate: true, JobExecutionTimeout: 5d }, ScalingPolicy: { MinScaleDownDelay: 30m }")]
    [InlineData("Kind: ManagedEc2, ServiceRole: \"arn:aws:iam::123456789012:role/aws-service-role/batch.amazonaws.com/AWSServiceRoleForBatch\", PlacementGroup: pg, Ec2KeyPair: kp")]
    [InlineData("Kind: ManagedEc2, Enabled: false, Context: ctx, Tags: { owner: me }, InstanceTags: { Name: batch }, UpdateToLatestImageVersion: true")]
    [InlineData("Kind: Fargate, Spot: true, MaxvCpus: 64")]
    [InlineData("Kind: Fargate, Subnets: [subnet-0, subnet-1, subnet-2, subnet-3, subnet-4, subnet-5, subnet-6, subnet-7, subnet-8, subnet-9, subnet-10, subnet-11, subnet-12, subnet-13, subnet-14, subnet-15], SecurityGroups: [sg-a, sg-b, sg-c, sg-d, sg-e]")]
    [InlineData(Eks + ", AllocationStrategy: BEST_FIT_PROGRESSIVE, Images: [{ Type: EKS_AL2023, KubernetesVersion: '1.31' }]")]
    [InlineData(Eks + ", Spot: true, Images: [{ Type: EKS_AL2023, ImageIdOverride: ami-1 }], LaunchTemplate: { Id: lt-1, UserdataType: EKS_NODEADM }")]
    [InlineData("Kind: Unmanaged, ServiceRole: \"arn:aws:iam::123456789012:role/batch\", UnmanagedvCpus: 16")]
    public void Rule_WhenValid_ReportsNoError(string entries)
    {
        var result = Specs.Run(Specs.WithComputeEnvironment(entries));
        Specs.AssertNoErrors(result);
        Assert.NotNull(result.Validated);
    }

    [Theory]
    [InlineData("Kind: Fargate, AllocationStrategy: BEST_FIT", "AllocationStrategy is not a property of a Fargate compute environment; remove it.")]
    [InlineData("Kind: Fargate, InstanceRole: x", "InstanceRole is not a property of a Fargate compute environment; remove it.")]
    [InlineData("Kind: ManagedEc2, MinvCpus: 512, MaxvCpus: 256", "MinvCpus is 512, greater than MaxvCpus (256); use a value from 0 to 256.")]
    [InlineData("Kind: ManagedEc2, MaxvCpu: 4", "MaxvCpu is not a known property of a ManagedEc2 compute environment. Did you mean 'MaxvCpus'?")]
    [InlineData("Kind: ManagedEc2, AllocationStrategy: SPOT_CAPACITY_OPTIMIZED",
        "AllocationStrategy is SPOT_CAPACITY_OPTIMIZED, which is only for Spot; set Spot: true, or use BEST_FIT_PROGRESSIVE or BEST_FIT_PROGRESSIVE_ORDERED for On-Demand.")]
    public void Message_SaysWhatAndWhatIsValid(string entries, string message)
    {
        var result = Specs.Run(Specs.WithComputeEnvironment(entries));
        Assert.Contains(result.Diagnostics, d => d.Message == message);
    }
}
