using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Resilience;

namespace BatchProvider.Lambda.Aws.Batch;

public sealed partial class BatchClient
{
    /// <inheritdoc />
    /// <remarks>Retried like an idempotent call; "already exists" after a possibly-landed attempt is resolved by
    /// finding the policy of that name (policies are listed by ARN only) and checking it carries the request's tags.</remarks>
    public async Task<CreateSchedulingPolicyResponse> CreateSchedulingPolicyAsync(CreateSchedulingPolicyRequest request, CancellationToken cancellationToken = default)
    {
        var state = new AwsCallState(BatchOperations.CreateSchedulingPolicy.Name, OperationSafety.Idempotent);
        try
        {
            return await CallAsync(BatchOperations.CreateSchedulingPolicy, request, Ctx.CreateSchedulingPolicyRequest, Ctx.CreateSchedulingPolicyResponse, state, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e) when (e.IsAlreadyExists && state.EarlierAttemptMayHaveActed && request.Name is { } name)
        {
            var arns = new List<string>();
            await foreach (var listed in ListSchedulingPoliciesAsync(new(), cancellationToken).ConfigureAwait(false))
            {
                if (listed.Arn is { } arn && arn.EndsWith("/" + name, StringComparison.Ordinal))
                {
                    arns.Add(arn);
                }
            }

            if (arns.Count > 0)
            {
                var described = await DescribeSchedulingPoliciesAsync(new() { Arns = arns }, cancellationToken).ConfigureAwait(false);
                if (described.SchedulingPolicies?.FirstOrDefault(p => p.Name == name && IsOurs(request.Tags, p.Tags)) is { } ours)
                {
                    return new() { Name = ours.Name, Arn = ours.Arn };
                }
            }

            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>Idempotent.</remarks>
    public Task<UpdateSchedulingPolicyResponse> UpdateSchedulingPolicyAsync(UpdateSchedulingPolicyRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.UpdateSchedulingPolicy, request, Ctx.UpdateSchedulingPolicyRequest, Ctx.UpdateSchedulingPolicyResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Idempotent.</remarks>
    public Task<DeleteSchedulingPolicyResponse> DeleteSchedulingPolicyAsync(DeleteSchedulingPolicyRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.DeleteSchedulingPolicy, request, Ctx.DeleteSchedulingPolicyRequest, Ctx.DeleteSchedulingPolicyResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    public Task<DescribeSchedulingPoliciesResponse> DescribeSchedulingPoliciesAsync(DescribeSchedulingPoliciesRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.DescribeSchedulingPolicies, request, Ctx.DescribeSchedulingPoliciesRequest, Ctx.DescribeSchedulingPoliciesResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<SchedulingPolicyListingDetail> ListSchedulingPoliciesAsync(ListSchedulingPoliciesRequest request, CancellationToken cancellationToken = default) =>
        PagesAsync(BatchOperations.ListSchedulingPolicies, request, Ctx.ListSchedulingPoliciesRequest, Ctx.ListSchedulingPoliciesResponse,
            (r, token) => r with { NextToken = token }, page => page.SchedulingPolicies, page => page.NextToken, cancellationToken);
}
