namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>
/// Which failed attempts a <see cref="RetryStrategy"/> matches: a named reason (the wire patterns live here) or
/// <see cref="Custom"/> with Batch's own patterns. All given patterns must match; each may end with <c>*</c>.
/// </summary>
/// <remarks>
/// The named patterns follow the CDK's <c>Reason</c> constants (aws-cdk aws-batch job-definition-base.ts) and the ECS
/// stopped-task error codes (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-error-codes.html);
/// Batch's automated-retry guide (https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html) matches a
/// reclaimed Spot instance with statusReason "Host EC2*".
/// </remarks>
/// <param name="Name">The name written in <c>On</c>, or null for a custom reason.</param>
public sealed record RetryReason(string? Name, string? OnExitCode, string? OnReason, string? OnStatusReason)
{
    /// <summary>The Spot instance running the job was reclaimed (statusReason "Host EC2 (instance i-...) terminated.").</summary>
    public static RetryReason SpotInstanceReclaimed { get; } = new("SPOT_INSTANCE_RECLAIMED", null, null, "Host EC2*");

    /// <summary>The image could not be pulled (ECS "CannotPullContainerError: ...").</summary>
    public static RetryReason CannotPullContainer { get; } = new("CANNOT_PULL_CONTAINER", null, "CannotPullContainerError:*", null);

    /// <summary>The container exited with any non-zero code.</summary>
    public static RetryReason NonZeroExitCode { get; } = new("NON_ZERO_EXIT_CODE", "*", null, null);

    /// <summary>Docker could not start the container (ECS "CannotStartContainerError: ...").</summary>
    public static RetryReason CannotStartContainer { get; } = new("CANNOT_START_CONTAINER", null, "CannotStartContainerError:*", null);

    /// <summary>Docker could not create the container (ECS "CannotCreateContainerError: ...").</summary>
    public static RetryReason CannotCreateContainer { get; } = new("CANNOT_CREATE_CONTAINER", null, "CannotCreateContainerError:*", null);

    /// <summary>The container was killed for exceeding its memory (ECS "OutOfMemoryError: ...").</summary>
    public static RetryReason OutOfMemory { get; } = new("OUT_OF_MEMORY", null, "OutOfMemoryError:*", null);

    /// <summary>A Fargate task could not initialize (secrets, logs, image pull; ECS "ResourceInitializationError: ...").</summary>
    public static RetryReason ResourceInitialization { get; } = new("RESOURCE_INITIALIZATION_ERROR", null, "ResourceInitializationError:*", null);

    /// <summary>Every named reason, keyed by the name written in <c>On</c>.</summary>
    public static IReadOnlyDictionary<string, RetryReason> Named { get; } = new[]
    {
        SpotInstanceReclaimed, CannotPullContainer, NonZeroExitCode, CannotStartContainer, CannotCreateContainer, OutOfMemory, ResourceInitialization,
    }.ToDictionary(r => r.Name!, StringComparer.Ordinal);

    /// <summary>A reason given by Batch's own patterns (exit code digits, reason and status-reason texts).</summary>
    public static RetryReason Custom(string? onExitCode = null, string? onReason = null, string? onStatusReason = null) =>
        new(null, onExitCode, onReason, onStatusReason);
}
