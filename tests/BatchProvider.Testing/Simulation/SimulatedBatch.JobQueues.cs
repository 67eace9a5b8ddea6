using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Testing.Simulation;

public sealed partial class SimulatedBatch
{
    private readonly List<SimJobQueue> _jobQueues = [];
    private readonly List<(string ComputeEnvironmentArn, DateTimeOffset Until)> _lingering = [];

    private sealed class SimJobQueue
    {
        public required JobQueueDetail Detail { get; set; }
        public DateTimeOffset? TransitionAt { get; set; }
        public string? NextStatus { get; set; }
        public string Name => Detail.JobQueueName!;
        public string Arn => Detail.JobQueueArn!;
        public IEnumerable<string> ComputeEnvironmentArns => Detail.ComputeEnvironmentOrder?.Select(o => o.ComputeEnvironment!) ?? [];
    }

    private SimJobQueue? FindJobQueue(string? nameOrArn) =>
        _jobQueues.FirstOrDefault(q => q.Name == nameOrArn || q.Arn == nameOrArn);

    private bool HasQueueRelationship(string computeEnvironmentArn) =>
        _jobQueues.Any(q => q.ComputeEnvironmentArns.Contains(computeEnvironmentArn))
        || _lingering.Any(l => l.ComputeEnvironmentArn == computeEnvironmentArn);

    private void Linger(IEnumerable<string> computeEnvironmentArns)
    {
        foreach (var arn in computeEnvironmentArns) _lingering.Add((arn, Now + _options.QueueRelationshipLinger));
    }

    private void StartTransition(SimJobQueue queue, string status, TimeSpan after, string next)
    {
        queue.Detail = queue.Detail with { Status = status, StatusReason = null };
        queue.TransitionAt = Now + after;
        queue.NextStatus = next;
    }

    private void SettleJobQueues(DateTimeOffset now)
    {
        foreach (var queue in _jobQueues.Where(q => q.TransitionAt <= now).ToList())
        {
            if (queue.NextStatus == "DELETED")
            {
                _jobQueues.Remove(queue);
                _tags.Remove(queue.Arn);
                Linger(queue.ComputeEnvironmentArns);
                continue;
            }
            queue.Detail = queue.Detail with { Status = queue.NextStatus, StatusReason = "JobQueue Healthy" };
            queue.TransitionAt = null;
        }
    }

    /// <summary>Resolves and checks a compute environment order: every entry must name an existing, VALID compute environment.</summary>
    private List<ComputeEnvironmentOrder> ResolveOrder(IReadOnlyList<ComputeEnvironmentOrder>? order, IEnumerable<string> alreadyAttached)
    {
        if (order is not { Count: > 0 }) throw ClientError("At least 1 compute environment must be provided");
        var resolved = new List<ComputeEnvironmentOrder>();
        foreach (var entry in order)
        {
            var ce = FindComputeEnvironment(entry.ComputeEnvironment)
                     ?? throw ClientError($"Compute environment {entry.ComputeEnvironment} does not exist");
            if (ce.Detail.Status != "VALID" && !alreadyAttached.Contains(ce.Arn))
                throw ClientError($"Compute environment {ce.Arn} is not VALID (status {ce.Detail.Status})");
            resolved.Add(new ComputeEnvironmentOrder { ComputeEnvironment = ce.Arn, Order = entry.Order });
        }
        return resolved;
    }

    private void RequirePolicy(string arn)
    {
        if (FindPolicy(arn) is null) throw ClientError($"Scheduling policy {arn} does not exist");
    }

    /// <inheritdoc />
    public Task<CreateJobQueueResponse> CreateJobQueueAsync(CreateJobQueueRequest request, CancellationToken cancellationToken = default) =>
        Invoke("CreateJobQueue", request, () =>
        {
            var name = request.JobQueueName ?? throw ClientError("jobQueueName must be provided");
            if (FindJobQueue(name) is not null) throw ClientError($"Object already exists: job queue {name}");
            if (request.Priority is null) throw ClientError("priority must be provided");
            var order = ResolveOrder(request.ComputeEnvironmentOrder, []);
            if (request.SchedulingPolicyArn is { } policy) RequirePolicy(policy);
            var arn = Arn("job-queue", name);
            var queue = new SimJobQueue
            {
                Detail = new JobQueueDetail
                {
                    JobQueueName = name, JobQueueArn = arn, State = request.State ?? "ENABLED",
                    SchedulingPolicyArn = request.SchedulingPolicyArn, Priority = request.Priority,
                    ComputeEnvironmentOrder = order, JobQueueType = request.JobQueueType ?? "ECS",
                    JobStateTimeLimitActions = request.JobStateTimeLimitActions ?? [],
                },
            };
            _jobQueues.Add(queue);
            if (request.Tags is { Count: > 0 }) _tags[arn] = new Dictionary<string, string>(request.Tags);
            StartTransition(queue, "CREATING", _options.JobQueueCreate, "VALID");
            Settle(Now);
            return new CreateJobQueueResponse { JobQueueName = name, JobQueueArn = arn };
        }, cancellationToken);

    /// <inheritdoc />
    public Task<UpdateJobQueueResponse> UpdateJobQueueAsync(UpdateJobQueueRequest request, CancellationToken cancellationToken = default) =>
        Invoke("UpdateJobQueue", request, () =>
        {
            var queue = FindJobQueue(request.JobQueue) ?? throw ClientError($"Job queue {request.JobQueue} does not exist");
            if (queue.Detail.Status is not ("VALID" or "INVALID"))
                throw ClientError($"Cannot update job queue {queue.Name}: it is {queue.Detail.Status}");
            var d = queue.Detail;
            if (request.SchedulingPolicyArn is { } policy)
            {
                if (d.SchedulingPolicyArn is null)
                    throw ClientError($"Cannot add a scheduling policy to job queue {queue.Name}: it was created without one");
                RequirePolicy(policy);
            }
            var before = queue.ComputeEnvironmentArns.ToList();
            var order = request.ComputeEnvironmentOrder is null ? d.ComputeEnvironmentOrder : ResolveOrder(request.ComputeEnvironmentOrder, before);
            queue.Detail = d with
            {
                State = request.State ?? d.State,
                Priority = request.Priority ?? d.Priority,
                SchedulingPolicyArn = request.SchedulingPolicyArn ?? d.SchedulingPolicyArn,
                ComputeEnvironmentOrder = order,
                JobStateTimeLimitActions = request.JobStateTimeLimitActions ?? d.JobStateTimeLimitActions,
            };
            Linger(before.Except(queue.ComputeEnvironmentArns));
            StartTransition(queue, "UPDATING", _options.JobQueueUpdate, "VALID");
            Settle(Now);
            return new UpdateJobQueueResponse { JobQueueName = queue.Name, JobQueueArn = queue.Arn };
        }, cancellationToken);

    /// <inheritdoc />
    public Task<DeleteJobQueueResponse> DeleteJobQueueAsync(DeleteJobQueueRequest request, CancellationToken cancellationToken = default) =>
        Invoke("DeleteJobQueue", request, () =>
        {
            var queue = FindJobQueue(request.JobQueue) ?? throw ClientError($"Job queue {request.JobQueue} does not exist");
            if (queue.Detail.Status == "DELETING") return new DeleteJobQueueResponse();
            if (queue.Detail.Status is not ("VALID" or "INVALID"))
                throw ClientError($"Cannot delete job queue {queue.Name}: it is {queue.Detail.Status}");
            if (queue.Detail.State != "DISABLED")
                throw ClientError($"Cannot delete job queue {queue.Name}: its state must be DISABLED");
            StartTransition(queue, "DELETING", _options.JobQueueDelete, "DELETED");
            Settle(Now);
            return new DeleteJobQueueResponse();
        }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<JobQueueDetail> DescribeJobQueuesAsync(DescribeJobQueuesRequest request, CancellationToken cancellationToken = default)
    {
        if (request.JobQueues is { Count: > 100 }) throw ClientError("jobQueues: at most 100 items");
        return Paged("DescribeJobQueues", request, () => _jobQueues
            .Where(q => request.JobQueues is not { Count: > 0 } names || names.Contains(q.Name) || names.Contains(q.Arn))
            .Select(q => q.Detail with { Tags = TagsOf(q.Arn) })
            .ToList(), request.MaxResults, cancellationToken);
    }
}
