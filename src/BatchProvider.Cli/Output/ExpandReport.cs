using System.Text.Json;

namespace BatchProvider.Cli.Output;

/// <summary>The JSON document of <c>expand</c>: per BatchStack, the Batch requests (serialized with the Batch wire context).</summary>
public sealed record ExpandReport(IReadOnlyList<ExpandedStack> Stacks);

/// <summary>One expanded BatchStack.</summary>
public sealed record ExpandedStack(
    string? LogicalId,
    string StackName,
    IReadOnlyList<ExpandedComputeEnvironment> ComputeEnvironments,
    IReadOnlyList<ExpandedResource> SchedulingPolicies,
    IReadOnlyList<ExpandedJobQueue> JobQueues,
    IReadOnlyList<ExpandedJobDefinition> JobDefinitions,
    int KeepJobDefinitionRevisions);

/// <summary>A compute environment: its create request and the settings only an update can apply.</summary>
public sealed record ExpandedComputeEnvironment(string Id, string Name, string Kind, JsonElement Create, JsonElement? UpdatePolicy, bool? UpdateToLatestImageVersion);

/// <summary>A resource with one create request.</summary>
public sealed record ExpandedResource(string Id, string Name, JsonElement Create);

/// <summary>A job queue and the provider's stuck-job policy.</summary>
public sealed record ExpandedJobQueue(string Id, string Name, JsonElement Create, ExpandedStuckJobs? StuckJobs);

/// <summary>The stuck-job policy.</summary>
public sealed record ExpandedStuckJobs(long AfterSeconds, string Action, string? ResubmitTo);

/// <summary>A job definition's register request.</summary>
public sealed record ExpandedJobDefinition(string Id, string Name, string Kind, JsonElement Register);
