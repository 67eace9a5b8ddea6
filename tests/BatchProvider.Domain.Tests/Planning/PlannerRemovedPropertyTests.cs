using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;
using static BatchProvider.Domain.Tests.Planning.Specs;

namespace BatchProvider.Domain.Tests.Planning;

/// <summary>
/// A property removed from the spec is a change (issue 8, item 6): the planner compares the whole request with what
/// Batch reports, not "desired ⊆ observed".
/// </summary>
public sealed class PlannerRemovedPropertyTests
{
    private static DesiredComputeEnvironment Ec2With(Func<ComputeResource, ComputeResource> change)
    {
        var ce = Ec2("a");
        return ce with { Create = ce.Create with { ComputeResources = change(ce.Create.ComputeResources!) } };
    }

    private static DesiredJobDefinition JobDefinitionWith(Func<RegisterJobDefinitionRequest, RegisterJobDefinitionRequest> change)
    {
        var jd = JobDefinition("j");
        return jd with { Register = change(jd.Register) };
    }

    private static DesiredJobQueue QueueWith(Func<CreateJobQueueRequest, CreateJobQueueRequest> change)
    {
        var q = Queue("q", ["a"]);
        return q with { Create = change(q.Create) };
    }

    private static readonly JobStateTimeLimitAction TimeLimit = new()
    {
        Action = "CANCEL", MaxTimeSeconds = 600, Reason = "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY", State = "RUNNABLE",
    };

    public static TheoryData<string, DesiredState, DesiredState, Func<Plan, bool>> Removals => new()
    {
        {
            "Ec2KeyPair", Empty.With(Ec2With(r => r with { Ec2KeyPair = "ops-key" })), Empty.With(Ec2("a")),
            plan => plan.Ops<UpdateComputeEnvironment>().Any(u => u.Request.ComputeResources?.Ec2KeyPair == "")
        },
        {
            "PlacementGroup", Empty.With(Ec2With(r => r with { PlacementGroup = "pg" })), Empty.With(Ec2("a")),
            plan => plan.Ops<UpdateComputeEnvironment>().Any(u => u.Request.ComputeResources?.PlacementGroup == "")
        },
        {
            "InstanceTags", Empty.With(Ec2With(r => r with { Tags = new Dictionary<string, string> { ["team"] = "x" } })), Empty.With(Ec2("a")),
            plan => plan.Ops<UpdateComputeEnvironment>().Any(u => u.Request.ComputeResources?.Tags is { Count: 0 })
        },
        {
            "LaunchTemplate", Empty.With(Ec2With(r => r with { LaunchTemplate = new LaunchTemplateSpecification { LaunchTemplateName = "lt" } })), Empty.With(Ec2("a")),
            plan => plan.Ops<UpdateComputeEnvironment>().Any(u => u.Request.ComputeResources?.LaunchTemplate?.LaunchTemplateName == "")
        },
        {
            "SpotBidPercentage", Empty.With(Ec2With(r => r with { Type = "SPOT", AllocationStrategy = "SPOT_CAPACITY_OPTIMIZED", BidPercentage = 60 })),
            Empty.With(Ec2With(r => r with { Type = "SPOT", AllocationStrategy = "SPOT_CAPACITY_OPTIMIZED" })),
            plan => plan.Ops<UpdateComputeEnvironment>().Any(u => u.Request.ComputeResources?.BidPercentage == 100)
        },
        {
            "UpdatePolicy", Empty.With(Ec2("a", updatePolicy: new UpdatePolicy { TerminateJobsOnUpdate = true, JobExecutionTimeoutMinutes = 10 })), Empty.With(Ec2("a")),
            plan => plan.Ops<UpdateComputeEnvironment>().Any(u => u.Request.UpdatePolicy is { TerminateJobsOnUpdate: false, JobExecutionTimeoutMinutes: 30 })
        },
        {
            "RetryStrategy", Empty.With(JobDefinitionWith(r => r with { RetryStrategy = new RetryStrategy { Attempts = 3 } })), Empty.With(JobDefinition("j")),
            plan => plan.Ops<RegisterJobDefinition>().Any(r => r.Request.RetryStrategy is null)
        },
        {
            "ContainerUser", Empty.With(JobDefinitionWith(r => r with { ContainerProperties = r.ContainerProperties! with { User = "nobody" } })), Empty.With(JobDefinition("j")),
            plan => plan.Ops<RegisterJobDefinition>().Any(r => r.Request.ContainerProperties!.User is null)
        },
        {
            "TimeLimitActions", Empty.With(Ec2("a")).With(QueueWith(c => c with { JobStateTimeLimitActions = [TimeLimit] })), Empty.With(Ec2("a")).With(Queue("q", ["a"])),
            plan => plan.Ops<UpdateJobQueue>().Any(u => u.Request.JobStateTimeLimitActions is { Count: 0 })
        },
        {
            "ShareDecaySeconds", Empty.With(Policy("p")),
            Empty.With(Policy("p") with { Create = Policy("p").Create with { FairsharePolicy = Policy("p").Create.FairsharePolicy! with { ShareDecaySeconds = null } } }),
            plan => plan.Ops<UpdateSchedulingPolicy>().Any()
        },
    };

    [Theory]
    [MemberData(nameof(Removals))]
    public void Plan_WhenPropertyIsRemovedFromSpec_PlansTheChangeThatRemovesIt(string property, DesiredState with, DesiredState without, Func<Plan, bool> removes)
    {
        var batch = PlanTesting.Converged(with);

        var plan = batch.PlanAgainst(without);

        Assert.True(plan.HasChanges, property);
        Assert.True(removes(plan), $"{property}:\n{PlanFormatter.Text(plan)}");
        batch.Apply(plan, new Random(3));
        Assert.Empty(batch.Violations);
        Assert.False(batch.PlanAgainst(without).HasChanges, $"{property} did not converge:\n{PlanFormatter.Text(batch.PlanAgainst(without))}");
    }
}
