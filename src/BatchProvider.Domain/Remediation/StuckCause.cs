namespace BatchProvider.Domain.Remediation;

/// <summary>
/// Why a job sits in RUNNABLE. The first group is what Batch itself writes into the head job's <c>statusReason</c>
/// (https://docs.aws.amazon.com/batch/latest/userguide/job_stuck_in_runnable.html); the second is what BatchProvider
/// finds from the queue's compute environments and the job's needs when Batch says nothing. Wire names live in
/// <see cref="StuckCauses"/>.
/// </summary>
public enum StuckCause
{
    /// <summary><c>CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY</c>: EC2 cannot supply the instance types.</summary>
    InsufficientInstanceCapacity,

    /// <summary><c>MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE</c>, or our check: the job needs more vCPUs than any CE's MaxvCpus.</summary>
    ComputeEnvironmentMaxResource,

    /// <summary><c>MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT</c>, or our check: no allowed instance type holds the job's vCPU/memory/GPU.</summary>
    JobResourceRequirement,

    /// <summary><c>MISCONFIGURATION:EC2_INSTANCE_CONFIGURATION_UNSUPPORTED</c>: instance types not offered, or a conflicting launch template.</summary>
    Ec2InstanceConfigurationUnsupported,

    /// <summary><c>MISCONFIGURATION:SERVICE_ROLE_PERMISSIONS</c>: the Batch service role lacks permissions.</summary>
    ServiceRolePermissions,

    /// <summary><c>ACTION_REQUIRED</c>, or our check: every CE of the queue is INVALID.</summary>
    ComputeEnvironmentsInvalid,

    /// <summary>A <c>statusReason</c> code this version does not know; the code is in the evidence.</summary>
    BatchReported,

    /// <summary>Every CE of the queue is DISABLED (Batch reports nothing for this).</summary>
    ComputeEnvironmentsDisabled,

    /// <summary>A GPU job, but no CE can launch a GPU instance (no GPU types, a non-NVIDIA image, or Fargate).</summary>
    GpuUnavailable,

    /// <summary>A multi-node job on a queue whose CEs are all Spot or Fargate.</summary>
    MultiNodeUnsupported,

    /// <summary>A Fargate job on a queue without Fargate CEs, an EC2/EKS job on a queue with only Fargate (or only non-EKS) CEs.</summary>
    PlatformMismatch,

    /// <summary>The job's CPU architecture (or OS) cannot run on the queue's CEs.</summary>
    ArchitectureMismatch,

    /// <summary>A CE's instance role is an IAM role ARN where Batch needs an instance profile.</summary>
    InstanceRoleIsRole,

    /// <summary>Every Spot CE has a low Spot bid percentage: instances are seldom granted.</summary>
    LowSpotBid,

    /// <summary><c>UNDETERMINED</c>, or nothing found while a check could not be made (unknown instance types).</summary>
    Undetermined,

    /// <summary>Nothing wrong found: the queue is waiting for capacity to scale out or free up.</summary>
    WaitingForCapacity,
}
