using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Testing.Simulation;

public sealed partial class SimulatedBatch
{
    private readonly List<SchedulingPolicyDetail> _policies = [];

    private SchedulingPolicyDetail? FindPolicy(string? arn) => _policies.FirstOrDefault(p => p.Arn == arn);

    /// <inheritdoc />
    public Task<CreateSchedulingPolicyResponse> CreateSchedulingPolicyAsync(CreateSchedulingPolicyRequest request, CancellationToken cancellationToken = default) =>
        Invoke("CreateSchedulingPolicy", request, () =>
        {
            var name = request.Name ?? throw ClientError("name must be provided");
            var arn = Arn("scheduling-policy", name);
            if (FindPolicy(arn) is not null) throw ClientError($"Object already exists: scheduling policy {name}");
            _policies.Add(new SchedulingPolicyDetail { Name = name, Arn = arn, FairsharePolicy = request.FairsharePolicy, QuotaSharePolicy = request.QuotaSharePolicy });
            if (request.Tags is { Count: > 0 }) _tags[arn] = new Dictionary<string, string>(request.Tags);
            return new CreateSchedulingPolicyResponse { Name = name, Arn = arn };
        }, cancellationToken);

    /// <inheritdoc />
    public Task<UpdateSchedulingPolicyResponse> UpdateSchedulingPolicyAsync(UpdateSchedulingPolicyRequest request, CancellationToken cancellationToken = default) =>
        Invoke("UpdateSchedulingPolicy", request, () =>
        {
            var policy = FindPolicy(request.Arn) ?? throw ClientError($"Scheduling policy {request.Arn} does not exist");
            _policies[_policies.IndexOf(policy)] = policy with { FairsharePolicy = request.FairsharePolicy ?? policy.FairsharePolicy };
            return new UpdateSchedulingPolicyResponse();
        }, cancellationToken);

    /// <inheritdoc />
    public Task<DeleteSchedulingPolicyResponse> DeleteSchedulingPolicyAsync(DeleteSchedulingPolicyRequest request, CancellationToken cancellationToken = default) =>
        Invoke("DeleteSchedulingPolicy", request, () =>
        {
            var policy = FindPolicy(request.Arn) ?? throw ClientError($"Scheduling policy {request.Arn} does not exist");
            if (_jobQueues.FirstOrDefault(q => q.Detail.SchedulingPolicyArn == policy.Arn) is { } user)
                throw ClientError($"Cannot delete scheduling policy {policy.Name}: job queue {user.Name} uses it");
            _policies.Remove(policy);
            _tags.Remove(policy.Arn!);
            return new DeleteSchedulingPolicyResponse();
        }, cancellationToken);

    /// <inheritdoc />
    public Task<DescribeSchedulingPoliciesResponse> DescribeSchedulingPoliciesAsync(DescribeSchedulingPoliciesRequest request, CancellationToken cancellationToken = default) =>
        Invoke("DescribeSchedulingPolicies", request, () =>
        {
            if (request.Arns is not { Count: > 0 and <= 100 }) throw ClientError("arns: between 1 and 100 items");
            return new DescribeSchedulingPoliciesResponse
            {
                SchedulingPolicies = _policies.Where(p => request.Arns.Contains(p.Arn!)).Select(p => p with { Tags = TagsOf(p.Arn!) }).ToList(),
            };
        }, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SchedulingPolicyListingDetail> ListSchedulingPoliciesAsync(ListSchedulingPoliciesRequest request, CancellationToken cancellationToken = default) =>
        Paged("ListSchedulingPolicies", request, () => _policies.Select(p => new SchedulingPolicyListingDetail { Arn = p.Arn }).ToList(),
            request.MaxResults, cancellationToken);
}
