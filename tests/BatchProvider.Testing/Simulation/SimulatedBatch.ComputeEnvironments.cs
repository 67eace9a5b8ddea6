using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Testing.Simulation;

public sealed partial class SimulatedBatch
{
    private readonly List<SimComputeEnvironment> _computeEnvironments = [];
    private readonly Dictionary<string, string> _invalidOnCreate = [];

    /// <summary>Makes the compute environment named <paramref name="name"/> end its creation INVALID with <paramref name="reason"/>.</summary>
    public void InvalidOnCreate(string name, string reason) { lock (_gate) _invalidOnCreate[name] = reason; }

    private sealed class SimComputeEnvironment
    {
        public required ComputeEnvironmentDetail Detail { get; set; }
        public DateTimeOffset? TransitionAt { get; set; }
        public string? NextStatus { get; set; }
        public string? NextReason { get; set; }
        public string Name => Detail.ComputeEnvironmentName!;
        public string Arn => Detail.ComputeEnvironmentArn!;
    }

    private SimComputeEnvironment? FindComputeEnvironment(string? nameOrArn) =>
        _computeEnvironments.FirstOrDefault(c => c.Name == nameOrArn || c.Arn == nameOrArn);

    private SimComputeEnvironment RequireComputeEnvironment(string? nameOrArn) =>
        FindComputeEnvironment(nameOrArn) ?? throw ClientError($"Compute environment {nameOrArn} does not exist");

    private void StartTransition(SimComputeEnvironment ce, string status, TimeSpan after, string next, string? reason = null)
    {
        ce.Detail = ce.Detail with { Status = status, StatusReason = null };
        ce.TransitionAt = Now + after;
        ce.NextStatus = next;
        ce.NextReason = reason;
    }

    private void SettleComputeEnvironments(DateTimeOffset now)
    {
        foreach (var ce in _computeEnvironments.Where(c => c.TransitionAt <= now).ToList())
        {
            if (ce.NextStatus == "DELETED")
            {
                _computeEnvironments.Remove(ce);
                _tags.Remove(ce.Arn);
                continue;
            }
            ce.Detail = ce.Detail with { Status = ce.NextStatus, StatusReason = ce.NextReason ?? "ComputeEnvironment Healthy" };
            ce.TransitionAt = null;
        }
    }

    /// <inheritdoc />
    public Task<CreateComputeEnvironmentResponse> CreateComputeEnvironmentAsync(CreateComputeEnvironmentRequest request, CancellationToken cancellationToken = default) =>
        Invoke("CreateComputeEnvironment", request, () =>
        {
            var name = request.ComputeEnvironmentName ?? throw ClientError("computeEnvironmentName must be provided");
            if (FindComputeEnvironment(name) is not null) throw ClientError($"Object already exists: compute environment {name}");
            var arn = Arn("compute-environment", name);
            var ce = new SimComputeEnvironment
            {
                Detail = new ComputeEnvironmentDetail
                {
                    ComputeEnvironmentName = name, ComputeEnvironmentArn = arn, Type = request.Type,
                    State = request.State ?? "ENABLED", ComputeResources = request.ComputeResources,
                    ServiceRole = request.ServiceRole, EksConfiguration = request.EksConfiguration,
                    UnmanagedvCpus = request.UnmanagedvCpus, Context = request.Context,
                    EcsClusterArn = $"arn:aws:ecs:{_options.Region}:{_options.AccountId}:cluster/{name}_Batch",
                    ContainerOrchestrationType = request.EksConfiguration is null ? "ECS" : "EKS",
                },
            };
            _computeEnvironments.Add(ce);
            if (request.Tags is { Count: > 0 }) _tags[arn] = new Dictionary<string, string>(request.Tags);
            var invalid = _invalidOnCreate.TryGetValue(name, out var reason);
            StartTransition(ce, "CREATING", _options.ComputeEnvironmentCreate, invalid ? "INVALID" : "VALID", reason);
            Settle(Now);
            return new CreateComputeEnvironmentResponse { ComputeEnvironmentName = name, ComputeEnvironmentArn = arn };
        }, cancellationToken);

    /// <inheritdoc />
    public Task<UpdateComputeEnvironmentResponse> UpdateComputeEnvironmentAsync(UpdateComputeEnvironmentRequest request, CancellationToken cancellationToken = default) =>
        Invoke("UpdateComputeEnvironment", request, () =>
        {
            var ce = RequireComputeEnvironment(request.ComputeEnvironment);
            if (ce.Detail.Status is not ("VALID" or "INVALID"))
                throw ClientError($"Cannot update compute environment {ce.Name}: it is {ce.Detail.Status}");
            var d = ce.Detail;
            ce.Detail = d with
            {
                State = request.State ?? d.State,
                UnmanagedvCpus = request.UnmanagedvCpus ?? d.UnmanagedvCpus,
                ServiceRole = request.ServiceRole ?? d.ServiceRole,
                UpdatePolicy = request.UpdatePolicy ?? d.UpdatePolicy,
                Context = request.Context ?? d.Context,
                ComputeResources = Merge(d.ComputeResources, request.ComputeResources),
            };
            StartTransition(ce, "UPDATING", _options.ComputeEnvironmentUpdate, "VALID");
            Settle(Now);
            return new UpdateComputeEnvironmentResponse { ComputeEnvironmentName = ce.Name, ComputeEnvironmentArn = ce.Arn };
        }, cancellationToken);

    private static ComputeResource? Merge(ComputeResource? current, ComputeResourceUpdate? update) =>
        current is null || update is null ? current : current with
        {
            MinvCpus = update.MinvCpus ?? current.MinvCpus,
            MaxvCpus = update.MaxvCpus ?? current.MaxvCpus,
            DesiredvCpus = update.DesiredvCpus ?? current.DesiredvCpus,
            Subnets = update.Subnets ?? current.Subnets,
            SecurityGroupIds = update.SecurityGroupIds ?? current.SecurityGroupIds,
            AllocationStrategy = update.AllocationStrategy ?? current.AllocationStrategy,
            InstanceTypes = update.InstanceTypes ?? current.InstanceTypes,
            Ec2KeyPair = update.Ec2KeyPair ?? current.Ec2KeyPair,
            InstanceRole = update.InstanceRole ?? current.InstanceRole,
            Tags = update.Tags ?? current.Tags,
            PlacementGroup = update.PlacementGroup ?? current.PlacementGroup,
            BidPercentage = update.BidPercentage ?? current.BidPercentage,
            LaunchTemplate = update.LaunchTemplate ?? current.LaunchTemplate,
            Ec2Configuration = update.Ec2Configuration ?? current.Ec2Configuration,
            Type = update.Type ?? current.Type,
            ImageId = update.ImageId ?? current.ImageId,
            ScalingPolicy = update.ScalingPolicy ?? current.ScalingPolicy,
        };

    /// <inheritdoc />
    public Task<DeleteComputeEnvironmentResponse> DeleteComputeEnvironmentAsync(DeleteComputeEnvironmentRequest request, CancellationToken cancellationToken = default) =>
        Invoke("DeleteComputeEnvironment", request, () =>
        {
            var ce = RequireComputeEnvironment(request.ComputeEnvironment);
            if (ce.Detail.Status == "DELETING") return new DeleteComputeEnvironmentResponse();
            if (ce.Detail.Status is not ("VALID" or "INVALID"))
                throw ClientError($"Cannot delete compute environment {ce.Name}: it is {ce.Detail.Status}");
            if (ce.Detail.State != "DISABLED")
                throw ClientError($"Cannot delete compute environment {ce.Name}: its state must be DISABLED");
            if (HasQueueRelationship(ce.Arn))
                throw ClientError("Cannot delete, found existing JobQueue relationship");
            StartTransition(ce, "DELETING", _options.ComputeEnvironmentDelete, "DELETED");
            Settle(Now);
            return new DeleteComputeEnvironmentResponse();
        }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<ComputeEnvironmentDetail> DescribeComputeEnvironmentsAsync(DescribeComputeEnvironmentsRequest request, CancellationToken cancellationToken = default)
    {
        if (request.ComputeEnvironments is { Count: > 100 })
            throw ClientError("computeEnvironments: at most 100 items");
        return Paged("DescribeComputeEnvironments", request, () => _computeEnvironments
            .Where(c => request.ComputeEnvironments is not { Count: > 0 } names || names.Contains(c.Name) || names.Contains(c.Arn))
            .Select(c => c.Detail with { Tags = TagsOf(c.Arn) })
            .ToList(), request.MaxResults, cancellationToken);
    }
}
