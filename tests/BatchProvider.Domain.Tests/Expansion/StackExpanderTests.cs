using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Tests.TestSupport;

namespace BatchProvider.Domain.Tests.Expansion;

public class StackExpanderTests
{
    private static DesiredState Expand(string yaml)
    {
        var result = Specs.Run(yaml);
        Assert.NotNull(result.Desired);
        return result.Desired!;
    }

    [Theory]
    [InlineData("Kind: ManagedEc2", "EC2", "BEST_FIT_PROGRESSIVE")]
    [InlineData("Kind: ManagedEc2, Spot: true", "SPOT", "SPOT_PRICE_CAPACITY_OPTIMIZED")]
    [InlineData("Kind: ManagedEc2, Spot: true, AllocationStrategy: SPOT_CAPACITY_OPTIMIZED", "SPOT", "SPOT_CAPACITY_OPTIMIZED")]
    [InlineData("Kind: Fargate", "FARGATE", null)]
    [InlineData("Kind: Fargate, Spot: true", "FARGATE_SPOT", null)]
    public void ComputeResources_TypeAndAllocationStrategy_FollowSpot(string entries, string type, string? strategy)
    {
        var ce = Expand(Specs.WithComputeEnvironment(entries)).ComputeEnvironments.Single();
        Assert.Equal(type, ce.Create.ComputeResources!.Type);
        Assert.Equal(strategy, ce.Create.ComputeResources.AllocationStrategy);
        Assert.Equal("MANAGED", ce.Create.Type);
    }

    [Fact]
    public void ManagedEc2_Defaults_AreCdks()
    {
        var ce = Expand(Specs.WithComputeEnvironment("Kind: ManagedEc2")).ComputeEnvironments.Single();
        var r = ce.Create.ComputeResources!;
        Assert.Equal(("t-c", "ENABLED", 0, 256), (ce.Create.ComputeEnvironmentName, ce.Create.State, r.MinvCpus, r.MaxvCpus));
        Assert.Equal(["optimal"], r.InstanceTypes!);
        Assert.Equal("ECS_AL2023", Assert.Single(r.Ec2Configuration!).ImageType);
        Assert.Null(r.DesiredvCpus);
        Assert.Null(ce.UpdatePolicy);
        Assert.Equal(Specs.InstanceProfile, r.InstanceRole);
    }

    [Theory]
    [InlineData("Kind: ManagedEc2, InstanceTypes: [m6i.large], InstanceClasses: [c6i]", new[] { "m6i.large", "c6i", "optimal" })]
    [InlineData("Kind: ManagedEc2, InstanceTypes: [m6i.large], InstanceClasses: [c6i], UseOptimalInstanceClasses: false", new[] { "m6i.large", "c6i" })]
    [InlineData("Kind: ManagedEc2, UseOptimalInstanceClasses: true", new[] { "optimal" })]
    [InlineData("Kind: ManagedEc2, InstanceTypes: [optimal, m6i.large, m6i.large]", new[] { "optimal", "m6i.large" })]
    public void InstanceTypes_RenderTypesThenClassesThenOptimal(string entries, string[] expected)
    {
        var ce = Expand(Specs.WithComputeEnvironment(entries)).ComputeEnvironments.Single();
        Assert.Equal(expected, ce.Create.ComputeResources!.InstanceTypes!);
    }

    [Fact]
    public void ManagedEks_GetsEksConfigurationAndEksImage()
    {
        var ce = Expand(Specs.WithComputeEnvironment("Kind: ManagedEks, EksCluster: \"arn:aws:eks:us-east-1:123456789012:cluster/c\", KubernetesNamespace: batch")).ComputeEnvironments.Single();
        Assert.Equal("arn:aws:eks:us-east-1:123456789012:cluster/c", ce.Create.EksConfiguration!.EksClusterArn);
        Assert.Equal("batch", ce.Create.EksConfiguration.KubernetesNamespace);
        Assert.Equal("EKS_AL2023", Assert.Single(ce.Create.ComputeResources!.Ec2Configuration!).ImageType);
    }

    [Fact]
    public void Unmanaged_HasNoComputeResources()
    {
        var ce = Expand(Specs.WithComputeEnvironment("Kind: Unmanaged, ServiceRole: r, UnmanagedvCpus: 8, Enabled: false")).ComputeEnvironments.Single();
        Assert.Equal(("UNMANAGED", 8, "DISABLED", "r"), (ce.Create.Type, ce.Create.UnmanagedvCpus, ce.Create.State, ce.Create.ServiceRole));
        Assert.Null(ce.Create.ComputeResources);
    }

    [Fact]
    public void UpdatePolicy_GoesBesideTheCreateRequest_InMinutes()
    {
        var ce = Expand(Specs.WithComputeEnvironment("Kind: ManagedEc2, UpdatePolicy: { TerminateJobsOnUpdate: true, JobExecutionTimeout: 2h }, UpdateToLatestImageVersion: true, ScalingPolicy: { MinScaleDownDelay: 1h }")).ComputeEnvironments.Single();
        Assert.Equal(true, ce.UpdatePolicy!.TerminateJobsOnUpdate);
        Assert.Equal(120, ce.UpdatePolicy.JobExecutionTimeoutMinutes);
        Assert.Equal(true, ce.UpdateToLatestImageVersion);
        Assert.Equal(60, ce.Create.ComputeResources!.ScalingPolicy!.MinScaleDownDelayMinutes);
    }

    [Fact]
    public void Tags_MergeStackResourceAndOwnership_OwnershipWinning()
    {
        var yaml = $"Name: t\n{Specs.Defaults}\nTags: {{ team: stack, env: prod }}\nComputeEnvironments: [{{ Id: c, Kind: Fargate, Tags: {{ team: ce, \"batchprovider:id\": spoof }} }}]\nJobQueues: [{{ Id: q, ComputeEnvironments: [c] }}]";
        var desired = Expand(yaml);
        var tags = desired.ComputeEnvironments.Single().Create.Tags!;
        Assert.Equal("ce", tags["team"]);
        Assert.Equal("prod", tags["env"]);
        Assert.Equal("c", tags[OwnershipTags.LogicalId]);
        Assert.Equal("t", tags[OwnershipTags.Stack]);
        Assert.Equal("ComputeEnvironment", tags[OwnershipTags.Family]);
        Assert.Equal("JobQueue", desired.JobQueues.Single().Create.Tags![OwnershipTags.Family]);
    }

    [Fact]
    public void Defaults_AreInherited_OnlyByKindsThatHaveTheProperty()
    {
        var yaml = "Name: t\nDefaults: { Subnets: [subnet-1], SecurityGroups: [sg-1], InstanceRole: ip, Tags: { a: d, b: d } }\n"
            + "ComputeEnvironments: [{ Id: e, Kind: ManagedEc2, Tags: { b: own } }, { Id: f, Kind: Fargate, Subnets: [subnet-2] }]\nJobQueues: [{ Id: q, ComputeEnvironments: [f] }]";
        var result = Specs.Run(yaml);
        var (ec2, fargate) = (result.Desired!.ComputeEnvironments[0], result.Desired.ComputeEnvironments[1]);
        Assert.Equal("ip", ec2.Create.ComputeResources!.InstanceRole);
        Assert.Null(fargate.Create.ComputeResources!.InstanceRole);
        Assert.Equal(["subnet-2"], fargate.Create.ComputeResources.Subnets!);
        Assert.Equal(["sg-1"], fargate.Create.ComputeResources.SecurityGroupIds!);
        Assert.Equal(("d", "own"), (ec2.Create.Tags!["a"], ec2.Create.Tags["b"]));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == BatchProvider.Domain.Diagnostics.DiagnosticCodes.PropertyNotInKind);
    }

    [Fact]
    public void JobQueue_OrderIsListPositionOrGiven_AndPolicyIsNamedByBaseName()
    {
        var yaml = Specs.WithQueues("{ Id: q, ComputeEnvironments: [ec2, { ComputeEnvironment: ec2b, Order: 5 }, \"arn:aws:batch:us-east-1:123456789012:compute-environment/x\"], SchedulingPolicy: fair, StuckJobs: { After: 30m, Action: Notify }, TimeLimitActions: [{ Reason: \"CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\", After: 20m }] }");
        var q = Expand(yaml).JobQueues.Single();
        Assert.Equal([("t-ec2", 1), ("t-ec2b", 5), ("arn:aws:batch:us-east-1:123456789012:compute-environment/x", 3)],
            q.Create.ComputeEnvironmentOrder!.Select(o => (o.ComputeEnvironment!, o.Order!.Value)));
        Assert.Equal([new QueueComputeEnvironment("ec2", null, 1), new QueueComputeEnvironment("ec2b", null, 5), new QueueComputeEnvironment(null, "arn:aws:batch:us-east-1:123456789012:compute-environment/x", 3)], q.ComputeEnvironments.ToArray());
        Assert.Equal(("t-fair", "fair", 1, "ENABLED"), (q.Create.SchedulingPolicyArn, q.SchedulingPolicyId, q.Create.Priority, q.Create.State));
        var action = Assert.Single(q.Create.JobStateTimeLimitActions!);
        Assert.Equal(("CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY", "RUNNABLE", 1200, "CANCEL"), (action.Reason, action.State, action.MaxTimeSeconds, action.Action));
        Assert.Equal(new StuckJobsPolicy(1800, StuckJobAction.Notify, null), q.StuckJobs);
        Assert.Equal("after=1800;action=Notify", q.Create.Tags![BatchProvider.Domain.Remediation.StuckJobsTag.Key]);
    }

    [Fact]
    public void SchedulingPolicy_BecomesAFairsharePolicy()
    {
        var p = Expand(Specs.WithPolicies("{ Id: p, ShareDecay: 5m, ComputeReservation: 25, Shares: [{ Identifier: a, Weight: 0.5 }] }")).SchedulingPolicies.Single();
        Assert.Equal(("t-p", 300, 25), (p.Create.Name, p.Create.FairsharePolicy!.ShareDecaySeconds, p.Create.FairsharePolicy.ComputeReservation));
        var share = Assert.Single(p.Create.FairsharePolicy.ShareDistribution!);
        Assert.Equal(("a", 0.5), (share.ShareIdentifier, share.WeightFactor));
    }

    [Fact]
    public void JobQueue_ComputedComputeEnvironment_IsTreatedAsAnExternalArn()
    {
        var result = Specs.Run(Specs.WithQueues("{ Id: q, ComputeEnvironments: [!ImportValue SharedCe] }"));
        Specs.AssertNoErrors(result);
        var q = result.Desired!.JobQueues.Single();
        Assert.Equal(new QueueComputeEnvironment(null, "{{!ImportValue SharedCe}}", 1), q.ComputeEnvironments.Single());
        Assert.Equal("{{!ImportValue SharedCe}}", q.Create.ComputeEnvironmentOrder!.Single().ComputeEnvironment);
    }
}
