using System.Collections.Immutable;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Spec.JobQueues;

namespace BatchProvider.Domain.Parsing.JobQueues;

/// <summary>Reads one item of <c>JobQueues</c>.</summary>
public static class JobQueueParser
{
    /// <summary>The wire strings of the stuck-job actions, next to the type they map to.</summary>
    public static IReadOnlyDictionary<string, StuckJobAction> StuckJobActions { get; } = new Dictionary<string, StuckJobAction>
    {
        ["Cancel"] = StuckJobAction.Cancel,
        ["Terminate"] = StuckJobAction.Terminate,
        ["Resubmit"] = StuckJobAction.Resubmit,
        ["Notify"] = StuckJobAction.Notify,
    };

    /// <summary>Parses <paramref name="item"/>; null when its Id is unusable (the generic Id rules report why).</summary>
    public static JobQueueSpec? Parse(MapNode item, DiagnosticBag diagnostics)
    {
        var reader = new ObjectReader(item, diagnostics, "a job queue");
        reader.Ignore("Id");
        var spec = new JobQueueSpec(item.Get("Id") is ScalarNode { Value: var id } ? id : "", item.Path)
        {
            Priority = reader.Int("Priority", ParsingMessages.WholeNumberFrom(0, Validation.JobQueues.PriorityRule.MaxPriority)),
            ComputeEnvironments = ReadComputeEnvironments(reader),
            SchedulingPolicy = reader.String("SchedulingPolicy"),
            Enabled = reader.Boolean("Enabled"),
            Tags = reader.StringMap("Tags"),
            TimeLimitActions = ReadTimeLimitActions(reader),
            StuckJobs = ReadStuckJobs(reader),
        };
        reader.Finish();
        return item.Get("Id") is ScalarNode ? spec : null;
    }

    private static ImmutableArray<QueueComputeEnvironmentSpec> ReadComputeEnvironments(ObjectReader reader)
    {
        var result = ImmutableArray.CreateBuilder<QueueComputeEnvironmentSpec>();
        foreach (var item in reader.List("ComputeEnvironments", required: true) ?? [])
        {
            switch (item)
            {
                case ScalarNode s:
                    result.Add(new(s.Value, null, s.Path));
                    break;
                case OpaqueNode o:
                    result.Add(new(OpaqueValue.Of(o.Expression), null, o.Path));
                    break;
                case MapNode map:
                    var r = new ObjectReader(map, reader.Diagnostics, "a compute environment order entry");
                    var reference = r.String("ComputeEnvironment", required: true, "give the Id of a compute environment of this stack or an existing one's ARN");
                    var order = r.Int("Order", ParsingMessages.WholeNumberAtLeast(0));
                    r.Finish();
                    if (reference is not null) result.Add(new(reference, order, map.Path) { ReferencePath = map.Path.Property("ComputeEnvironment") });
                    break;
                default:
                    reader.TypeError(item, "a compute environment Id or { ComputeEnvironment, Order }");
                    break;
            }
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<TimeLimitActionSpec> ReadTimeLimitActions(ObjectReader reader)
    {
        var result = ImmutableArray.CreateBuilder<TimeLimitActionSpec>();
        foreach (var item in reader.List("TimeLimitActions") ?? [])
        {
            if (item is not MapNode map)
            {
                reader.TypeError(item, "an object with Reason, After and Action");
                continue;
            }
            var r = new ObjectReader(map, reader.Diagnostics, "a time limit action");
            result.Add(new(
                r.String("Reason", required: true, "use CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY, MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE or MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT"),
                r.Duration("After", required: true),
                r.String("Action"),
                r.String("State"),
                map.Path));
            r.Finish();
        }
        return result.ToImmutable();
    }

    private static StuckJobsSpec? ReadStuckJobs(ObjectReader reader)
    {
        if (reader.Object("StuckJobs") is not { } map) return null;
        var r = new ObjectReader(map, reader.Diagnostics, "a stuck-jobs policy");
        var action = r.Enum("Action", [.. StuckJobActions.Keys], required: true);
        var spec = new StuckJobsSpec(
            r.Duration("After", required: true),
            action is not null && StuckJobActions.TryGetValue(action, out var a) ? a : null,
            r.String("ResubmitTo"),
            map.Path);
        r.Finish();
        return spec;
    }
}
