using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;
using static BatchProvider.Domain.Tests.Remediation.RemediationData;

namespace BatchProvider.Domain.Tests.Remediation;

public sealed class StuckJobDiagnosisTests
{
    // The statusReason texts as Batch writes them (runnable-and-cfn.md 1.2).
    [Theory]
    [InlineData("CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY - Service cannot fulfill the capacity requested for instance type [m6i.large]", StuckCause.InsufficientInstanceCapacity)]
    [InlineData("MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE - CE(s) associated with the job queue cannot meet the CPU requirement of the job.", StuckCause.ComputeEnvironmentMaxResource)]
    [InlineData("MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT - The job resource requirement (vCPU/memory/GPU) is higher than that can be met by the CE(s) attached to the job queue.", StuckCause.JobResourceRequirement)]
    [InlineData("MISCONFIGURATION:EC2_INSTANCE_CONFIGURATION_UNSUPPORTED - Your compute environment associated with this job queue has an unsupported instance type configuration.", StuckCause.Ec2InstanceConfigurationUnsupported)]
    [InlineData("MISCONFIGURATION:SERVICE_ROLE_PERMISSIONS – Batch service role has a permission issue.", StuckCause.ServiceRolePermissions)]
    [InlineData("ACTION_REQUIRED - CE(s) associated with the job queue are invalid.", StuckCause.ComputeEnvironmentsInvalid)]
    [InlineData("UNDETERMINED - Batch job is blocked, root cause is undetermined.", StuckCause.Undetermined)]
    [InlineData("CAPACITY:SOMETHING_NEW - A code this version has never seen.", StuckCause.BatchReported)]
    public void Decide_WhenBatchReportsAReason_UsesItsCode(string statusReason, StuckCause expected)
    {
        var decision = StuckJobDiagnosis.Decide(Job(statusReason: statusReason), Queue([Ce()]), null, Now);
        Assert.Equal((StuckVerdict.Stuck, expected, StuckJobAction.Cancel), (decision.Verdict, decision.Cause!.Value, decision.Action!.Value));
        Assert.Equal($"statusReason: {statusReason}", decision.Evidence[0]);
    }

    public static TheoryData<string, JobDetail, ComputeEnvironmentDetail[], StuckCause> OwnChecks => new()
    {
        { "every CE disabled", Job(), [Ce("a", state: "DISABLED"), Ce("b", state: "DISABLED")], StuckCause.ComputeEnvironmentsDisabled },
        { "every enabled CE invalid", Job(), [Ce("a", status: "INVALID", statusReason: "CLIENT_ERROR - Not authorized to perform sts:AssumeRole"), Ce("b", state: "DISABLED")], StuckCause.ComputeEnvironmentsInvalid },
        { "vCPU beyond every instance type", Job(vcpus: 256, memory: 2048), [Ce(instanceTypes: ["m6i.large", "c6i"], maxvCpus: 1024)], StuckCause.JobResourceRequirement },
        { "memory equal to the instance's RAM (ECS overhead)", Job(vcpus: 2, memory: 8192), [Ce(instanceTypes: ["m6i.large"])], StuckCause.JobResourceRequirement },
        { "vCPU beyond MaxvCpus", Job(vcpus: 16, memory: 2048), [Ce(instanceTypes: ["m6i"], maxvCpus: 8)], StuckCause.ComputeEnvironmentMaxResource },
        { "GPU job, no GPU instance types", Job(gpus: 1), [Ce(instanceTypes: ["m6i", "c6i"])], StuckCause.GpuUnavailable },
        { "GPU job, GPU types but no GPU image", Job(gpus: 1), [Ce(instanceTypes: ["g5"], imageType: "ECS_AL2023")], StuckCause.GpuUnavailable },
        { "GPU job on Fargate", Job(gpus: 1, platform: "FARGATE"), [Ce(type: "FARGATE")], StuckCause.GpuUnavailable },
        { "multi-node job on Spot", Job(multiNode: true), [Ce(type: "SPOT")], StuckCause.MultiNodeUnsupported },
        { "multi-node job on Fargate", Job(multiNode: true), [Ce(type: "FARGATE")], StuckCause.PlatformMismatch },
        { "Fargate job on an EC2 queue", Job(platform: "FARGATE"), [Ce()], StuckCause.PlatformMismatch },
        { "EC2 job on a Fargate queue", Job(), [Ce(type: "FARGATE"), Ce("b", type: "FARGATE_SPOT")], StuckCause.PlatformMismatch },
        { "EC2 job on an EKS queue", Job(), [Ce(eks: true)], StuckCause.PlatformMismatch },
        { "ARM64 Fargate job on Fargate Spot only", Job(platform: "FARGATE", architecture: "ARM64", vcpus: 1, memory: 2048), [Ce(type: "FARGATE_SPOT")], StuckCause.ArchitectureMismatch },
        { "instance role given as a role ARN", Job(), [Ce(instanceRole: "arn:aws:iam::123456789012:role/ecsInstanceRole")], StuckCause.InstanceRoleIsRole },
        { "low spot bid", Job(), [Ce(type: "SPOT", bid: 20)], StuckCause.LowSpotBid },
        { "nothing wrong", Job(), [Ce()], StuckCause.WaitingForCapacity },
        { "an instance type the catalog does not know", Job(), [Ce(instanceTypes: ["x9zz.large"])], StuckCause.Undetermined },
        { "one CE fits while the other does not", Job(vcpus: 16, memory: 2048), [Ce("small", instanceTypes: ["m6i.large"]), Ce("big", instanceTypes: ["m6i"])], StuckCause.WaitingForCapacity },
        { "one CE enabled while the other is disabled", Job(), [Ce("a", state: "DISABLED"), Ce("b")], StuckCause.WaitingForCapacity },
    };

    [Theory]
    [MemberData(nameof(OwnChecks))]
    public void Decide_WhenBatchSaysNothing_FindsTheCauseFromTheComputeEnvironments(string condition, JobDetail job, ComputeEnvironmentDetail[] ces, StuckCause expected)
    {
        var decision = StuckJobDiagnosis.Decide(job, Queue(ces), null, Now);
        Assert.True((StuckVerdict.Stuck, expected) == (decision.Verdict, decision.Cause!.Value), $"{condition}: {decision.Verdict} {decision.Cause} ({string.Join("; ", decision.Evidence)})");
        Assert.NotEmpty(decision.Evidence);
    }

    [Fact]
    public void Decide_WhenEveryCeIsInvalid_QuotesEachStatusReason()
    {
        var decision = StuckJobDiagnosis.Decide(Job(), Queue([Ce("a", status: "INVALID", statusReason: "CLIENT_ERROR - Parameter: SpotFleetRequestConfig.IamFleetRole is invalid")]), null, Now);
        Assert.Equal("every enabled compute environment is INVALID: a: CLIENT_ERROR - Parameter: SpotFleetRequestConfig.IamFleetRole is invalid", Assert.Single(decision.Evidence));
    }

    public static TheoryData<string, JobDetail, DateTimeOffset?, StuckVerdict> Verdicts => new()
    {
        { "younger than After by createdAt", Job(age: TimeSpan.FromMinutes(10)), null, StuckVerdict.NotYet },
        { "old by createdAt but RUNNABLE only since the event", Job(age: TimeSpan.FromHours(5)), Now.AddMinutes(-5), StuckVerdict.NotYet },
        { "RUNNABLE since the event, long enough", Job(age: TimeSpan.FromHours(5)), Now.AddHours(-1), StuckVerdict.Stuck },
        { "moved on to RUNNING (an out-of-order event)", Job(status: "RUNNING"), null, StuckVerdict.NotRunnable },
        { "already failed", Job(status: "FAILED"), null, StuckVerdict.NotRunnable },
        { "cancelled by us, not yet applied (a duplicate event)", Job(statusReason: StuckJobDecision.ReasonPrefix + " RUNNABLE for 7200s; cause WAITING_FOR_CAPACITY"), null, StuckVerdict.AlreadyRemediated },
        { "cancelled by anyone", Job() with { IsCancelled = true }, null, StuckVerdict.AlreadyRemediated },
        { "already notified", Job() with { Tags = new Dictionary<string, string> { [ResubmitRequest.NotifiedTag] = "WAITING_FOR_CAPACITY" } }, null, StuckVerdict.AlreadyRemediated },
    };

    [Theory]
    [MemberData(nameof(Verdicts))]
    public void Decide_TimeAndStatus_GiveTheVerdict(string condition, JobDetail job, DateTimeOffset? runnableSince, StuckVerdict expected)
    {
        var decision = StuckJobDiagnosis.Decide(job, Queue([Ce()]), runnableSince, Now);
        Assert.True(expected == decision.Verdict, $"{condition}: {decision.Verdict}");
        Assert.Equal(expected == StuckVerdict.Stuck ? StuckJobAction.Cancel : null, decision.Action);
    }

    [Fact]
    public void Decide_BehindAStuckHead_IsBlockedByIt_AndNotActedOn()
    {
        var head = new QueueHead("arn:aws:batch:us-east-1:123456789012:job/head", Now.AddHours(-3), "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY - Service cannot fulfill the capacity requested for instance type [m6i.large]");
        var decision = StuckJobDiagnosis.Decide(Job(id: "behind"), Queue([Ce()], head: head), null, Now);
        Assert.Equal((StuckVerdict.Blocked, StuckCause.InsufficientInstanceCapacity, head.JobArn, (StuckJobAction?)null), (decision.Verdict, decision.Cause!.Value, decision.BlockedBy, decision.Action));
    }

    [Fact]
    public void Decide_BehindAHeadThatIsNotStuck_JudgesTheJobAlone()
    {
        var head = new QueueHead("arn:aws:batch:us-east-1:123456789012:job/head", Now.AddMinutes(-1), null);
        var decision = StuckJobDiagnosis.Decide(Job(id: "behind"), Queue([Ce()], head: head), null, Now);
        Assert.Equal((StuckVerdict.Stuck, StuckCause.WaitingForCapacity), (decision.Verdict, decision.Cause!.Value));
    }

    [Fact]
    public void Decide_BehindAStuckHead_WithACauseOfItsOwn_IsStuckItself()
    {
        var head = new QueueHead("arn:aws:batch:us-east-1:123456789012:job/head", Now.AddHours(-3), null);
        var decision = StuckJobDiagnosis.Decide(Job(id: "behind", gpus: 1), Queue([Ce()], head: head), null, Now);
        Assert.Equal((StuckVerdict.Stuck, StuckCause.GpuUnavailable), (decision.Verdict, decision.Cause!.Value));
    }

    [Fact]
    public void Reason_CarriesThePrefixCauseAndEvidence()
    {
        var decision = StuckJobDiagnosis.Decide(Job(), Queue([Ce("a", state: "DISABLED")]), null, Now);
        Assert.Equal("BatchProvider StuckJobs: RUNNABLE for 7200s; cause COMPUTE_ENVIRONMENTS_DISABLED: every compute environment is DISABLED (a); resubmitted as j-2", decision.Reason("j-2"));
    }
}
