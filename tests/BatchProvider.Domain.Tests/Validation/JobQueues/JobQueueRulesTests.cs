using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Tests.TestSupport;

namespace BatchProvider.Domain.Tests.Validation.JobQueues;

public class JobQueueRulesTests
{
    private const string P = "JobQueues[0].";

    [Theory]
    [InlineData("{ Id: q, ComputeEnvironments: [] }", P + "ComputeEnvironments", DiagnosticCodes.JqComputeEnvironmentCount)]
    [InlineData("{ Id: q }", P + "ComputeEnvironments", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2, ec2b, arm, eks] }", P + "ComputeEnvironments[3]", DiagnosticCodes.JqComputeEnvironmentCount)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec3] }", P + "ComputeEnvironments[0]", DiagnosticCodes.JqUnknownComputeEnvironment)]
    [InlineData("{ Id: q, ComputeEnvironments: [{ ComputeEnvironment: ec3, Order: 1 }] }", P + "ComputeEnvironments[0].ComputeEnvironment", DiagnosticCodes.JqUnknownComputeEnvironment)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2, ec2] }", P + "ComputeEnvironments[1]", DiagnosticCodes.JqDuplicateComputeEnvironment)]
    [InlineData("{ Id: q, ComputeEnvironments: [{ ComputeEnvironment: ec2, Order: 1 }, { ComputeEnvironment: ec2b, Order: 1 }] }", P + "ComputeEnvironments[1].Order", DiagnosticCodes.JqDuplicateOrder)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2, { ComputeEnvironment: ec2b, Order: 1 }] }", P + "ComputeEnvironments[1].Order", DiagnosticCodes.JqDuplicateOrder)]
    [InlineData("{ Id: q, ComputeEnvironments: [{ ComputeEnvironment: ec2, Order: -1 }] }", P + "ComputeEnvironments[0].Order", DiagnosticCodes.JqOrder)]
    [InlineData("{ Id: q, ComputeEnvironments: [{ ComputeEnvironment: ec2, Ordre: 1 }] }", P + "ComputeEnvironments[0].Ordre", DiagnosticCodes.UnknownProperty)]
    [InlineData("{ Id: q, ComputeEnvironments: [\"arn:aws:batch:us-east-1:123:compute-environment/x\"] }", P + "ComputeEnvironments[0]", DiagnosticCodes.JqComputeEnvironmentArn)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2, far] }", P + "ComputeEnvironments[1]", DiagnosticCodes.JqMixedPlatforms)]
    [InlineData("{ Id: q, ComputeEnvironments: [eks, ec2] }", P + "ComputeEnvironments[1]", DiagnosticCodes.JqMixedPlatforms)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2, arm] }", P + "ComputeEnvironments[1]", DiagnosticCodes.JqMixedArchitectures)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], Priority: 1001 }", P + "Priority", DiagnosticCodes.JqPriority)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], Priority: -1 }", P + "Priority", DiagnosticCodes.JqPriority)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], Priority: high }", P + "Priority", DiagnosticCodes.WrongType)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], SchedulingPolicy: fiar }", P + "SchedulingPolicy", DiagnosticCodes.JqUnknownSchedulingPolicy)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], Enabled: yes }", P + "Enabled", DiagnosticCodes.WrongType)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], TimeLimitActions: [{ Reason: \"CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\", After: 5m }] }", P + "TimeLimitActions[0].After", DiagnosticCodes.JqTimeLimitAfter)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], TimeLimitActions: [{ Reason: \"CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\", After: 25h }] }", P + "TimeLimitActions[0].After", DiagnosticCodes.JqTimeLimitAfter)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], TimeLimitActions: [{ Reason: \"CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\", After: 1h, Action: TERMINATE }] }", P + "TimeLimitActions[0].Action", DiagnosticCodes.JqTimeLimitAction)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], TimeLimitActions: [{ Reason: \"CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\", After: 1h, Action: RETRY }] }", P + "TimeLimitActions[0].Action", DiagnosticCodes.JqTimeLimitAction)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], TimeLimitActions: [{ Reason: \"CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\", After: 1h, State: RUNNING }] }", P + "TimeLimitActions[0].State", DiagnosticCodes.JqTimeLimitState)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], TimeLimitActions: [{ After: 1h }] }", P + "TimeLimitActions[0].Reason", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], TimeLimitActions: [{ Reason: \"CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\" }] }", P + "TimeLimitActions[0].After", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], TimeLimitActions: [{ Reason: \"CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\", After: 1h }, { Reason: \"CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY\", After: 2h }] }", P + "TimeLimitActions[1].Reason", DiagnosticCodes.JqDuplicateTimeLimitReason)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 0s, Action: Cancel } }", P + "StuckJobs.After", DiagnosticCodes.JqStuckJobsAfter)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m, Action: Resubmit } }", P + "StuckJobs.ResubmitTo", DiagnosticCodes.JqResubmitToMissing)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m, Action: Resubmit, ResubmitTo: q } }", P + "StuckJobs.ResubmitTo", DiagnosticCodes.JqResubmitToSelf)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m, Action: Resubmit, ResubmitTo: fallbak } }", P + "StuckJobs.ResubmitTo", DiagnosticCodes.JqResubmitToUnknown)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m, Action: Resubmit, ResubmitTo: fq } }", P + "StuckJobs.ResubmitTo", DiagnosticCodes.JqResubmitToIncompatible)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m, Action: Resubmit, ResubmitTo: aq } }", P + "StuckJobs.ResubmitTo", DiagnosticCodes.JqResubmitToIncompatible)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m, Action: Retry } }", P + "StuckJobs.Action", DiagnosticCodes.InvalidEnumValue)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m } }", P + "StuckJobs.Action", DiagnosticCodes.RequiredPropertyMissing)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: soon, Action: Cancel } }", P + "StuckJobs.After", DiagnosticCodes.WrongType)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], Tags: { \"aws:x\": y } }", P + "Tags.aws:x", DiagnosticCodes.TagReservedPrefix)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], Prority: 3 }", P + "Prority", DiagnosticCodes.UnknownProperty)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m, Action: Resubmit, ResubmitTo: dq } }", P + "StuckJobs.ResubmitTo", DiagnosticCodes.JqResubmitToDisabled)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], SchedulingPolicy: !Ref Policy }", P + "SchedulingPolicy", DiagnosticCodes.JqUnknownSchedulingPolicy)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m, Action: Resubmit, ResubmitTo: !Ref Q } }", P + "StuckJobs.ResubmitTo", DiagnosticCodes.JqResubmitToUnknown)]
    public void Rule_WhenViolated_ReportsCodeAtPath(string queue, string path, string code)
    {
        var result = Specs.Run(Specs.WithQueues(queue, "{ Id: fq, ComputeEnvironments: [far] }", "{ Id: aq, ComputeEnvironments: [arm] }", "{ Id: dq, ComputeEnvironments: [ec2b], Enabled: false }"));
        Specs.AssertReports(result, path, code);
    }

    [Theory]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], TimeLimitActions: [{ Reason: \"CAPACITY:NO_SUCH_REASON\", After: 1h }] }", P + "TimeLimitActions[0].Reason", DiagnosticCodes.JqTimeLimitReason)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m, Action: Cancel, ResubmitTo: ok } }", P + "StuckJobs.ResubmitTo", DiagnosticCodes.JqResubmitToIgnored)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2b], Priority: 1 }", "JobQueues[1].Priority", DiagnosticCodes.JqEqualPriorityShared)]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m, Action: Resubmit, ResubmitTo: ok } }", P + "StuckJobs.ResubmitTo", DiagnosticCodes.JqResubmitCycle)]
    [InlineData("{ Id: q, ComputeEnvironments: [off] }", P + "ComputeEnvironments", DiagnosticCodes.JqNoEnabledComputeEnvironment)]
    public void Rule_WhenRisky_Warns(string queue, string path, string code)
    {
        var result = Specs.Run(Specs.WithQueues(queue, "{ Id: ok, ComputeEnvironments: [ec2b], StuckJobs: { After: 1h, Action: Resubmit, ResubmitTo: q } }").Replace("ComputeEnvironments:\n", "ComputeEnvironments:\n  - { Id: off, Kind: ManagedEc2, Enabled: false }\n", StringComparison.Ordinal));
        Specs.AssertReports(result, path, code, Severity.Warning);
        Specs.AssertNoErrors(result);
    }

    [Theory]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2, ec2b] }")]
    [InlineData("{ Id: q, ComputeEnvironments: [far, far2], Priority: 1000 }")]
    [InlineData("{ Id: q, ComputeEnvironments: [{ ComputeEnvironment: ec2b, Order: 2 }, { ComputeEnvironment: ec2, Order: 1 }], Priority: 0 }")]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2, \"arn:aws:batch:us-east-1:123456789012:compute-environment/shared\"] }")]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], SchedulingPolicy: fair, Enabled: false, Tags: { team: a } }")]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], TimeLimitActions: [{ Reason: \"MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT\", After: 10m, Action: CANCEL, State: RUNNABLE }, { Reason: \"MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE\", After: 24h }] }")]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 30m, Action: Resubmit, ResubmitTo: ok } }")]
    [InlineData("{ Id: q, ComputeEnvironments: [ec2], StuckJobs: { After: 2h, Action: Notify } }")]
    public void Rule_WhenValid_ReportsNoError(string queue)
    {
        var result = Specs.Run(Specs.WithQueues(queue, "{ Id: ok, ComputeEnvironments: [ec2b] }"));
        Specs.AssertNoErrors(result);
    }

    [Fact]
    public void UnknownComputeEnvironment_SuggestsTheClosestId()
    {
        var result = Specs.Run(Specs.WithQueues("{ Id: q, ComputeEnvironments: [ec3] }"));
        var d = Specs.AssertReports(result, P + "ComputeEnvironments[0]", DiagnosticCodes.JqUnknownComputeEnvironment);
        Assert.Equal("ComputeEnvironment \"ec3\" is not a compute environment of this stack; use one of ec2, ec2b, arm, far, far2, eks. Did you mean 'ec2'?", d.Message);
    }

    [Fact]
    public void Reference_ToAComputeEnvironmentThatFailedToParse_IsNotAlsoUnknown()
    {
        var result = Specs.Run($"Name: t\n{Specs.Defaults}\nComputeEnvironments: [{{ Id: c, Kind: Ec2 }}]\nJobQueues: [{{ Id: q, ComputeEnvironments: [c] }}]");
        Specs.AssertReports(result, "ComputeEnvironments[0].Kind", DiagnosticCodes.InvalidEnumValue);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.JqUnknownComputeEnvironment);
    }
}
