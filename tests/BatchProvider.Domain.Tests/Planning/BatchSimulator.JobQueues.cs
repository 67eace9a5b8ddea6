using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Tests.Planning;

/// <summary>Job queue operations: only VALID compute environments, no policy added to a FIFO queue, DISABLED before delete.</summary>
internal sealed partial class BatchSimulator
{
    public string? Visit(CreateJobQueue operation)
    {
        var r = operation.Request;
        if (JobQueues.ContainsKey(r.JobQueueName!)) return $"job queue {r.JobQueueName} already exists";
        if (CheckOrder(r.ComputeEnvironmentOrder) is { } error) return error;
        if (r.SchedulingPolicyArn is { } arn && SchedulingPolicies.Values.All(p => p.Arn != arn)) return $"scheduling policy {arn} does not exist";
        JobQueues[r.JobQueueName!] = new JobQueueDetail
        {
            JobQueueName = r.JobQueueName,
            JobQueueArn = BatchArns.JobQueue(Specs.ArnPrefix, r.JobQueueName!),
            State = r.State ?? "ENABLED",
            Status = "CREATING",
            Priority = r.Priority,
            ComputeEnvironmentOrder = r.ComputeEnvironmentOrder,
            SchedulingPolicyArn = r.SchedulingPolicyArn,
            JobStateTimeLimitActions = r.JobStateTimeLimitActions,
            Tags = r.Tags,
        };
        return null;
    }

    private string? CheckOrder(IReadOnlyList<ComputeEnvironmentOrder>? order)
    {
        foreach (var entry in order ?? [])
        {
            if (FindCe(entry.ComputeEnvironment) is not { Status: "VALID" }) return $"compute environment {entry.ComputeEnvironment} is not VALID";
        }
        return null;
    }

    public string? Visit(UpdateJobQueue operation)
    {
        var r = operation.Request;
        if (!JobQueues.TryGetValue(r.JobQueue!, out var q)) return operation.NotFoundIsDone ? null : $"{r.JobQueue} does not exist";
        if (!Owned(q.Tags)) Violations.Add($"updated foreign queue {q.JobQueueName}");
        if (q.Status is "CREATING" or "UPDATING" or "DELETING") return $"{q.JobQueueName} is {q.Status}";
        if (r.ComputeEnvironmentOrder is not null && CheckOrder(r.ComputeEnvironmentOrder) is { } error) return error;
        if (r.SchedulingPolicyArn is not null && q.SchedulingPolicyArn is null) return "cannot add a scheduling policy to a FIFO queue";
        JobQueues[q.JobQueueName!] = q with
        {
            State = r.State ?? q.State,
            Priority = r.Priority ?? q.Priority,
            ComputeEnvironmentOrder = r.ComputeEnvironmentOrder ?? q.ComputeEnvironmentOrder,
            SchedulingPolicyArn = r.SchedulingPolicyArn ?? q.SchedulingPolicyArn,
            JobStateTimeLimitActions = r.JobStateTimeLimitActions ?? q.JobStateTimeLimitActions,
            Status = "UPDATING",
        };
        return null;
    }

    public string? Visit(DeleteJobQueue operation)
    {
        if (!JobQueues.TryGetValue(operation.Request.JobQueue!, out var q)) return null;
        if (!Owned(q.Tags)) Violations.Add($"deleted foreign queue {q.JobQueueName}");
        if (q.State != "DISABLED") return $"{q.JobQueueName} must be DISABLED before deletion";
        JobQueues[q.JobQueueName!] = q with { Status = "DELETING" };
        return null;
    }

    public string? Visit(WaitForJobQueue operation)
    {
        JobQueues.TryGetValue(operation.JobQueue, out var q);
        switch (operation.Until)
        {
            case WaitTarget.Valid:
                if (q is null) return $"{operation.JobQueue} does not exist";
                if (q.Status is "INVALID" or "DELETING") return $"{operation.JobQueue} is {q.Status}";
                JobQueues[operation.JobQueue] = q with { Status = "VALID" };
                return null;
            case WaitTarget.Settled:
                if (q is { Status: "CREATING" or "UPDATING" }) JobQueues[operation.JobQueue] = q with { Status = "VALID" };
                return null;
            case WaitTarget.Gone:
                if (q is { Status: "DELETING" }) JobQueues.Remove(operation.JobQueue);
                return q is null or { Status: "DELETING" } ? null : $"{operation.JobQueue} is {q.Status}, not being deleted";
            default:
                return "unknown wait target";
        }
    }
}
