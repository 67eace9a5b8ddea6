using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Domain.Desired;

/// <summary>
/// A BatchStack expanded to exactly what Batch will be asked for: every default applied, every name chosen, every
/// resource tagged as owned. Produced by expansion, checked by validation, consumed by the planner. Requests carry
/// the base names; a replacement gets its name from the planner.
/// </summary>
/// <param name="StackName">The BatchStack's <c>Name</c>: prefix of every resource name and value of the ownership tag.</param>
public sealed record DesiredState(
    string StackName,
    ImmutableArray<DesiredComputeEnvironment> ComputeEnvironments,
    ImmutableArray<DesiredSchedulingPolicy> SchedulingPolicies,
    ImmutableArray<DesiredJobQueue> JobQueues,
    ImmutableArray<DesiredJobDefinition> JobDefinitions,
    DesiredOptions Options);

/// <summary>Stack-wide settings that steer reconciliation rather than describe a resource.</summary>
/// <param name="KeepJobDefinitionRevisions">How many superseded ACTIVE revisions of each job definition to keep after an update (0 = deregister all old ones).</param>
public sealed record DesiredOptions(int KeepJobDefinitionRevisions);

/// <summary>A compute environment as Batch will be asked to create it.</summary>
/// <param name="Id">The spec <c>Id</c>.</param>
/// <param name="Name">The base name, <c>{Name}-{Id}</c>; the planner may add a replacement suffix.</param>
/// <param name="Kind">The spec kind: ManagedEc2, ManagedEks, Fargate or Unmanaged.</param>
/// <param name="Create">The CreateComputeEnvironment request (name, tags and state filled in).</param>
/// <param name="UpdatePolicy">Applied by a follow-up UpdateComputeEnvironment once VALID, because Create has no such member.</param>
/// <param name="UpdateToLatestImageVersion">Likewise only settable by update.</param>
public sealed record DesiredComputeEnvironment(
    string Id,
    string Name,
    string Kind,
    CreateComputeEnvironmentRequest Create,
    UpdatePolicy? UpdatePolicy,
    bool? UpdateToLatestImageVersion);

/// <summary>A fair-share scheduling policy as Batch will be asked to create it.</summary>
public sealed record DesiredSchedulingPolicy(string Id, string Name, CreateSchedulingPolicyRequest Create);

/// <summary>A job queue as Batch will be asked to create it.</summary>
/// <param name="Create">The CreateJobQueue request; its computeEnvironmentOrder and schedulingPolicyArn hold base names, which the planner resolves.</param>
/// <param name="ComputeEnvironments">The queue's compute environments in order: an owned CE by Id, or an existing CE by ARN.</param>
/// <param name="SchedulingPolicyId">The Id of the owned scheduling policy, or null for a FIFO queue.</param>
/// <param name="StuckJobs">The provider's own remediation policy for RUNNABLE jobs, or null.</param>
public sealed record DesiredJobQueue(
    string Id,
    string Name,
    CreateJobQueueRequest Create,
    ImmutableArray<QueueComputeEnvironment> ComputeEnvironments,
    string? SchedulingPolicyId,
    StuckJobsPolicy? StuckJobs);

/// <summary>One entry of a queue's compute environment order.</summary>
/// <param name="ComputeEnvironmentId">The Id of a CE in this stack, or null when <paramref name="ExternalArn"/> is set.</param>
/// <param name="ExternalArn">The ARN of a CE this stack does not own.</param>
/// <param name="Order">Batch's order value; lower is tried first.</param>
public sealed record QueueComputeEnvironment(string? ComputeEnvironmentId, string? ExternalArn, int Order);

/// <summary>What the provider does with a job stuck in RUNNABLE on a queue.</summary>
/// <param name="AfterSeconds">How long a job may stay RUNNABLE before the action runs.</param>
/// <param name="Action">Cancel, Terminate, Resubmit or Notify.</param>
/// <param name="ResubmitToQueueId">For Resubmit: the Id of the queue to resubmit to.</param>
public sealed record StuckJobsPolicy(long AfterSeconds, StuckJobAction Action, string? ResubmitToQueueId);

/// <summary>The remediation a <see cref="StuckJobsPolicy"/> applies.</summary>
public enum StuckJobAction
{
    /// <summary>CancelJob: the job fails with a reason that names the diagnosis.</summary>
    Cancel,

    /// <summary>TerminateJob: like cancel, and also stops a job that started meanwhile.</summary>
    Terminate,

    /// <summary>Submit an identical job to another queue, then cancel the stuck one.</summary>
    Resubmit,

    /// <summary>Only publish the diagnosis.</summary>
    Notify,
}

/// <summary>A job definition as Batch will be asked to register it.</summary>
public sealed record DesiredJobDefinition(string Id, string Name, string Kind, RegisterJobDefinitionRequest Register);
