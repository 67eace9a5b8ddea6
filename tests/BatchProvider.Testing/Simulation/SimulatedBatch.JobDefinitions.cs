using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Testing.Simulation;

public sealed partial class SimulatedBatch
{
    private readonly List<JobDefinition> _jobDefinitions = [];

    /// <inheritdoc />
    public Task<RegisterJobDefinitionResponse> RegisterJobDefinitionAsync(RegisterJobDefinitionRequest request, CancellationToken cancellationToken = default) =>
        Invoke("RegisterJobDefinition", request, () =>
        {
            var name = request.JobDefinitionName ?? throw ClientError("jobDefinitionName must be provided");
            var revision = _jobDefinitions.Where(j => j.JobDefinitionName == name).Select(j => j.Revision ?? 0).DefaultIfEmpty(0).Max() + 1;
            var arn = Arn("job-definition", $"{name}:{revision}");
            _jobDefinitions.Add(new JobDefinition
            {
                JobDefinitionName = name, JobDefinitionArn = arn, Revision = revision, Status = "ACTIVE", Type = request.Type,
                Parameters = request.Parameters, SchedulingPriority = request.SchedulingPriority, RetryStrategy = request.RetryStrategy,
                ContainerProperties = request.ContainerProperties, NodeProperties = request.NodeProperties, Timeout = request.Timeout,
                PropagateTags = request.PropagateTags, PlatformCapabilities = request.PlatformCapabilities,
                EksProperties = request.EksProperties, EcsProperties = request.EcsProperties,
                ConsumableResourceProperties = request.ConsumableResourceProperties,
                ContainerOrchestrationType = request.EksProperties is null ? "ECS" : "EKS",
            });
            if (request.Tags is { Count: > 0 }) _tags[arn] = new Dictionary<string, string>(request.Tags);
            return new RegisterJobDefinitionResponse { JobDefinitionName = name, JobDefinitionArn = arn, Revision = revision };
        }, cancellationToken);

    /// <inheritdoc />
    public Task<DeregisterJobDefinitionResponse> DeregisterJobDefinitionAsync(DeregisterJobDefinitionRequest request, CancellationToken cancellationToken = default) =>
        Invoke("DeregisterJobDefinition", request, () =>
        {
            var index = _jobDefinitions.FindIndex(j => j.JobDefinitionArn == request.JobDefinition
                                                     || $"{j.JobDefinitionName}:{j.Revision}" == request.JobDefinition);
            if (index < 0) throw ClientError($"Job definition {request.JobDefinition} does not exist");
            _jobDefinitions[index] = _jobDefinitions[index] with { Status = "INACTIVE" };
            return new DeregisterJobDefinitionResponse();
        }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<JobDefinition> DescribeJobDefinitionsAsync(DescribeJobDefinitionsRequest request, CancellationToken cancellationToken = default) =>
        Paged("DescribeJobDefinitions", request, () => _jobDefinitions
            .Where(j => request.JobDefinitionName is null || j.JobDefinitionName == request.JobDefinitionName)
            .Where(j => request.Status is null || j.Status == request.Status)
            .Where(j => request.JobDefinitions is not { Count: > 0 } ids || ids.Contains(j.JobDefinitionArn!)
                        || ids.Contains($"{j.JobDefinitionName}:{j.Revision}") || ids.Contains(j.JobDefinitionName!))
            .Select(j => j with { Tags = TagsOf(j.JobDefinitionArn!) })
            .ToList(), request.MaxResults, cancellationToken);
}
