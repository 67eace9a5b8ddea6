using BatchProvider.Domain.Collections;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Spec.JobDefinitions;

/// <summary>
/// Container properties shared by a <c>Container</c> job and each node range of a <c>MultiNode</c> job
/// (Batch containerProperties). Lists are empty when not written.
/// </summary>
/// <param name="Path">The object holding these properties (the job definition, or <c>Nodes[i]</c>).</param>
public sealed record ContainerSpec(PropertyPath Path)
{
    /// <summary>Container image (≤255 chars). Required.</summary>
    public string? Image { get; init; }

    /// <summary>Command; <c>Ref::name</c> items are replaced by parameters. Default: the image's CMD.</summary>
    public ValueList<string>? Command { get; init; }

    /// <summary>vCPUs: whole numbers on EC2; 0.25, 0.5, 1, 2, 4, 8 or 16 on Fargate. Default: the preset's.</summary>
    public decimal? Vcpus { get; init; }

    /// <summary>Memory in MiB (written as "14 GiB" or a MiB number). Default: the preset's.</summary>
    public long? MemoryMiB { get; init; }

    /// <summary>GPUs (EC2 only). Default: the preset's, else none.</summary>
    public long? Gpus { get; init; }

    /// <summary>Environment variables; names may not start with AWS_BATCH.</summary>
    public ValueMap<string, string> Environment { get; init; } = ValueMap<string, string>.Empty;

    /// <summary>Secrets exposed as environment variables.</summary>
    public ValueList<Secret> Secrets { get; init; } = [];

    /// <summary>IAM role ARN the job's code assumes. Default: none.</summary>
    public string? JobRole { get; init; }

    /// <summary>ECS task execution role ARN (required on Fargate). Default: none.</summary>
    public string? ExecutionRole { get; init; }

    /// <summary>Volumes the container may mount.</summary>
    public ValueList<Volume> Volumes { get; init; } = [];

    /// <summary>Where volumes are mounted.</summary>
    public ValueList<MountPoint> MountPoints { get; init; } = [];

    /// <summary>Linux-specific settings. Default: none.</summary>
    public LinuxParameters? LinuxParameters { get; init; }

    /// <summary>Log driver and options. Default: the ECS agent's (awslogs on Batch-provided AMIs).</summary>
    public LogConfiguration? LogConfiguration { get; init; }

    /// <summary>ulimits (EC2 only).</summary>
    public ValueList<Ulimit> Ulimits { get; init; } = [];

    /// <summary>User name or uid[:gid] inside the container. Default: the image's.</summary>
    public string? User { get; init; }

    /// <summary>Root on the host (EC2 only). Default: false.</summary>
    public bool? Privileged { get; init; }

    /// <summary>Read-only root file system. Default: false.</summary>
    public bool? ReadonlyRootFilesystem { get; init; }

    /// <summary>Instance type of a MultiNode node group (Batch rejects it on single-node and Fargate jobs). Default: the job's.</summary>
    public string? InstanceType { get; init; }
}
