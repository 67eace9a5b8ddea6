using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;
using static BatchProvider.Domain.Tests.Planning.Specs;

namespace BatchProvider.Domain.Tests.Planning;

public sealed class PlannerComputeEnvironmentTests
{
    public static TheoryData<string, DesiredComputeEnvironment, DesiredComputeEnvironment> ScalingChanges => new()
    {
        { "ec2 best fit maxvCpus", Ec2("a", strategy: "BEST_FIT", maxvCpus: 64), Ec2("a", strategy: "BEST_FIT", maxvCpus: 128) },
        { "ec2 progressive maxvCpus", Ec2("a", maxvCpus: 64), Ec2("a", maxvCpus: 8) },
        { "fargate maxvCpus", Fargate("a", maxvCpus: 16), Fargate("a", maxvCpus: 32) },
        { "fargate subnets", Fargate("a", subnets: ["subnet-1"]), Fargate("a", subnets: ["subnet-9"]) },
        { "unmanaged vCPUs", Unmanaged("a", vcpus: 8), Unmanaged("a", vcpus: 16) },
        { "eks maxvCpus", Eks("a", maxvCpus: 64), Eks("a", maxvCpus: 96) },
    };

    [Theory]
    [MemberData(nameof(ScalingChanges))]
    public void Plan_WhenScalingPropertyChanges_UpdatesInPlaceAndWaits(string because, DesiredComputeEnvironment before, DesiredComputeEnvironment after)
    {
        var batch = PlanTesting.Converged(Empty.With(before));

        var plan = batch.PlanAgainst(Empty.With(after));

        var ops = plan.Steps.Select(s => s.Operation).ToList();
        Assert.True(ops.Count == 2, because);
        Assert.Equal("s-a", Assert.IsType<UpdateComputeEnvironment>(ops[0]).Request.ComputeEnvironment);
        Assert.Equal(WaitTarget.Valid, Assert.IsType<WaitForComputeEnvironment>(ops[1]).Until);
        Assert.All(plan.Steps, s => Assert.Equal(StepAction.Update, s.Action));
        batch.Apply(plan, new Random(1));
        Assert.Empty(batch.Violations);
    }

    [Theory]
    [InlineData("BEST_FIT_PROGRESSIVE")]
    [InlineData("SPOT_CAPACITY_OPTIMIZED")]
    [InlineData("SPOT_PRICE_CAPACITY_OPTIMIZED")]
    public void Plan_WhenInstanceTypesChangeOnEligibleStrategy_UpdatesInfrastructureInPlace(string strategy)
    {
        var type = strategy.StartsWith("SPOT", StringComparison.Ordinal) ? "SPOT" : "EC2";
        var batch = PlanTesting.Converged(Empty.With(Ec2("a", strategy, instanceTypes: ["m5"], type: type)));

        var plan = batch.PlanAgainst(Empty.With(Ec2("a", strategy, instanceTypes: ["c5", "m5"], type: type)));

        var update = Assert.Single(plan.Ops<UpdateComputeEnvironment>());
        Assert.Equal(["c5", "m5"], update.Request.ComputeResources!.InstanceTypes);
        Assert.Null(update.Request.ComputeResources.MaxvCpus);
        Assert.Empty(plan.Ops<CreateComputeEnvironment>());
    }

    [Fact]
    public void Plan_WhenInstanceTypesChangeOnBestFit_ReplacesCreateFirstAndSwitchesQueuesBeforeDeletingOld()
    {
        var v1 = Empty.With(Ec2("a", "BEST_FIT", instanceTypes: ["m5"])).With(Queue("q", ["a"])).With(Queue("r", ["a"]));
        var v2 = v1.With(Ec2("a", "BEST_FIT", instanceTypes: ["c5"]));
        var batch = PlanTesting.Converged(v1);

        var plan = batch.PlanAgainst(v2);

        var create = plan.Single<CreateComputeEnvironment>("s-a-g2");
        Assert.Equal(StepAction.ReplaceCreateFirst, create.Action);
        Assert.Equal(StepReason.PropertyNotUpdatable, create.Reason);
        Assert.Equal(["computeResources.instanceTypes"], create.ForcedReplaceBy.ToArray());
        var newValid = plan.Steps.Single(s => s.Operation is WaitForComputeEnvironment { ComputeEnvironment: "s-a-g2", Until: WaitTarget.Valid });
        var disableOld = plan.Steps.Single(s => s.Operation is UpdateComputeEnvironment { Request.State: "DISABLED" });
        var deleteOld = plan.Single<DeleteComputeEnvironment>("s-a");
        foreach (var queue in new[] { "s-q", "s-r" })
        {
            var update = plan.Single<UpdateJobQueue>(queue);
            Assert.Equal(StepReason.DependencyReplaced, update.Reason);
            Assert.Equal($"{ArnPrefix}:compute-environment/s-a-g2", ((UpdateJobQueue)update.Operation).Request.ComputeEnvironmentOrder!.Single().ComputeEnvironment);
            Assert.True(plan.DependsOn(update, newValid));
            Assert.True(plan.DependsOn(disableOld, plan.Single<WaitForJobQueue>(queue)));
        }
        Assert.True(plan.DependsOn(deleteOld, disableOld));
        Assert.Equal([DeleteComputeEnvironment.JobQueueRelationship], ((DeleteComputeEnvironment)deleteOld.Operation).RetryWhileMessageContains.ToArray());
        for (var seed = 0; seed < 20; seed++)
        {
            var copy = PlanTesting.Converged(v1);
            copy.Apply(plan, new Random(seed));
            Assert.Empty(copy.Violations);
        }
    }

    public static TheoryData<string, DesiredComputeEnvironment, DesiredComputeEnvironment, string> AlwaysReplaced => new()
    {
        { "ec2 to fargate", Ec2("a"), Fargate("a"), "computeResources.type" },
        { "managed to unmanaged", Ec2("a"), Unmanaged("a"), "type" },
        { "eks cluster", Eks("a"), Eks("a", cluster: "arn:aws:eks:us-east-1:123456789012:cluster/c2"), "eksConfiguration" },
        { "ec2 to eks", Ec2("a"), Eks("a"), "eksConfiguration" },
        { "spot fleet role", Ec2("a", "BEST_FIT", type: "SPOT"),
            Ec2("a", "BEST_FIT", type: "SPOT") with { Create = Ec2("a", "BEST_FIT", type: "SPOT").Create with { ComputeResources = Ec2("a", "BEST_FIT", type: "SPOT").Create.ComputeResources! with { SpotIamFleetRole = "arn:aws:iam::123456789012:role/other" } } },
            "computeResources.spotIamFleetRole" },
        { "service role to custom", Ec2("a"), Ec2("a") with { Create = Ec2("a").Create with { ServiceRole = "arn:aws:iam::123456789012:role/batch" } }, "serviceRole" },
        { "fargate security groups are fine but tags are not", Fargate("a"),
            Fargate("a") with { Create = Fargate("a").Create with { ComputeResources = Fargate("a").Create.ComputeResources! with { Tags = new Dictionary<string, string> { ["x"] = "y" } } } },
            "computeResources.tags" },
    };

    [Theory]
    [MemberData(nameof(AlwaysReplaced))]
    public void Plan_WhenPropertyIsNeverUpdatable_ReplacesCreateFirst(string because, DesiredComputeEnvironment before, DesiredComputeEnvironment after, string path)
    {
        var batch = PlanTesting.Converged(Empty.With(before));

        var plan = batch.PlanAgainst(Empty.With(after));

        var create = plan.Single<CreateComputeEnvironment>("s-a-g2");
        Assert.True(create.ForcedReplaceBy.Contains(path), because);
        Assert.Equal(StepAction.ReplaceCreateFirst, create.Action);
        batch.Apply(plan, new Random(2));
        Assert.Empty(batch.Violations);
        Assert.False(batch.PlanAgainst(Empty.With(after)).HasChanges);
    }

    [Fact]
    public void Plan_WhenBatchScaledDesiredvCpusUp_NeverSendsALowerDesired()
    {
        var desired = Empty.With(Ec2("a", maxvCpus: 64, desiredvCpus: 4));
        var batch = PlanTesting.Converged(desired);
        var ce = batch.ComputeEnvironments["s-a"];
        batch.ComputeEnvironments["s-a"] = ce with { ComputeResources = ce.ComputeResources! with { DesiredvCpus = 32 } };

        var unchanged = batch.PlanAgainst(desired);
        var scaled = batch.PlanAgainst(desired.With(Ec2("a", maxvCpus: 128, desiredvCpus: 4)));
        var raised = batch.PlanAgainst(desired.With(Ec2("a", maxvCpus: 64, desiredvCpus: 48)));

        Assert.False(unchanged.HasChanges);
        Assert.Null(Assert.Single(scaled.Ops<UpdateComputeEnvironment>()).Request.ComputeResources!.DesiredvCpus);
        Assert.Equal(48, Assert.Single(raised.Ops<UpdateComputeEnvironment>()).Request.ComputeResources!.DesiredvCpus);
    }

    [Fact]
    public void Plan_WhenEksDesiredvCpusGiven_NeverSendsIt()
    {
        var eks = Eks("a");
        var batch = PlanTesting.Converged(Empty.With(eks));

        var plan = batch.PlanAgainst(Empty.With(eks with { Create = eks.Create with { ComputeResources = eks.Create.ComputeResources! with { DesiredvCpus = 8, MaxvCpus = 70 } } }));

        Assert.Null(Assert.Single(plan.Ops<UpdateComputeEnvironment>()).Request.ComputeResources!.DesiredvCpus);
    }

    [Fact]
    public void Plan_WhenFargateChanges_UpdateCarriesNoForbiddenField()
    {
        var policy = new BatchApi.UpdatePolicy { TerminateJobsOnUpdate = true };
        var batch = PlanTesting.Converged(Empty.With(Fargate("a", maxvCpus: 16, updatePolicy: policy)));

        var plan = batch.PlanAgainst(Empty.With(Fargate("a", maxvCpus: 64, subnets: ["subnet-7"], updatePolicy: policy)));

        var request = Assert.Single(plan.Ops<UpdateComputeEnvironment>()).Request;
        Assert.Null(request.UpdatePolicy);
        var r = request.ComputeResources!;
        Assert.Equal(64, r.MaxvCpus);
        Assert.Equal(["subnet-7"], r.Subnets);
        Assert.True(r.UpdateToLatestImageVersion is null && r.AllocationStrategy is null && r.InstanceTypes is null && r.Type is null
            && r.Tags is null && r.ImageId is null && r.InstanceRole is null && r.Ec2Configuration is null && r.LaunchTemplate is null);
        batch.Apply(plan, new Random(3));
        Assert.Empty(batch.Violations);
    }

    [Fact]
    public void Plan_WhenCeDisabledOutOfBand_RepairsItAsDrift()
    {
        var desired = Empty.With(Ec2("a")).With(Queue("q", ["a"]));
        var batch = PlanTesting.Converged(desired);
        batch.ComputeEnvironments["s-a"] = batch.ComputeEnvironments["s-a"] with { State = "DISABLED" };

        var plan = batch.PlanAgainst(desired, previous: desired);

        var update = plan.Single<UpdateComputeEnvironment>("s-a");
        Assert.Equal(StepReason.DriftDetected, update.Reason);
        Assert.Equal("ENABLED", ((UpdateComputeEnvironment)update.Operation).Request.State);
        Assert.Null(((UpdateComputeEnvironment)update.Operation).Request.ComputeResources);
    }

    [Fact]
    public void Plan_WhenCeDeletedOutOfBand_RecreatesItAsDrift()
    {
        var desired = Empty.With(Ec2("a"));
        var batch = PlanTesting.Converged(desired);
        batch.ComputeEnvironments.Clear();

        var plan = batch.PlanAgainst(desired, previous: desired);

        Assert.Equal(StepReason.DriftDetected, plan.Single<CreateComputeEnvironment>("s-a").Reason);
    }

    [Fact]
    public void Plan_WhenCeIsInvalid_ReplacesCreateFirstAndWarns()
    {
        var desired = Empty.With(Ec2("a", "BEST_FIT")).With(Queue("q", ["a"]));
        var batch = PlanTesting.Converged(desired);
        batch.ComputeEnvironments["s-a"] = batch.ComputeEnvironments["s-a"] with { Status = "INVALID", StatusReason = "role deleted" };

        var plan = batch.PlanAgainst(desired);

        var create = plan.Single<CreateComputeEnvironment>("s-a-g2");
        Assert.Equal(StepReason.Invalid, create.Reason);
        Assert.Equal(StepAction.ReplaceCreateFirst, create.Action);
        var warning = Assert.Single(plan.Diagnostics);
        Assert.Equal(PlanDiagnosticCodes.InvalidComputeEnvironmentReplaced, warning.Code);
        Assert.Equal("ComputeEnvironments[0]", warning.Path.ToString());
        Assert.Equal("compute environment 's-a' is INVALID (role deleted); it is replaced by 's-a-g2', and the INVALID one is deleted once no queue uses it.", warning.Message);
        Assert.False(plan.HasErrors);
        batch.Apply(plan, new Random(4));
        Assert.Empty(batch.Violations);
        Assert.False(batch.ComputeEnvironments.ContainsKey("s-a"));
    }

    [Theory]
    [InlineData("CREATING")]
    [InlineData("UPDATING")]
    public void Plan_WhenCeIsBusy_WaitsBeforeAnythingElse(string status)
    {
        var desired = Empty.With(Ec2("a", maxvCpus: 64));
        var batch = PlanTesting.Converged(desired);
        batch.ComputeEnvironments["s-a"] = batch.ComputeEnvironments["s-a"] with { Status = status };

        var plan = batch.PlanAgainst(desired.With(Ec2("a", maxvCpus: 32)));

        Assert.Equal(new WaitForComputeEnvironment("s-a", WaitTarget.Valid), plan.Steps[0].Operation);
        Assert.Equal(StepReason.Busy, batch.PlanAgainst(desired).Steps.Single().Reason);
        Assert.True(plan.DependsOn(plan.Single<UpdateComputeEnvironment>("s-a"), plan.Steps[0]));
    }

    [Fact]
    public void Plan_WhenTagsChange_TagsAndUntagsInPlace()
    {
        var ce = Ec2("a");
        var batch = PlanTesting.Converged(Empty.With(ce with { Create = ce.Create with { Tags = Tags("a", "ComputeEnvironment", ("team", "x"), ("old", "1")) } }));

        var plan = batch.PlanAgainst(Empty.With(ce with { Create = ce.Create with { Tags = Tags("a", "ComputeEnvironment", ("team", "y")) } }));

        var tag = Assert.Single(plan.Ops<TagResource>()).Request;
        Assert.Equal($"{ArnPrefix}:compute-environment/s-a", tag.ResourceArn);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "y" }, tag.Tags);
        Assert.Equal(["old"], Assert.Single(plan.Ops<UntagResource>()).Request.TagKeys);
        Assert.Empty(plan.Ops<CreateComputeEnvironment>());
    }
}
