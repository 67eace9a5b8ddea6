using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Resilience;

namespace BatchProvider.Lambda.Aws.Batch;

public sealed partial class BatchClient
{
    private static BatchApiJsonContext Ctx => BatchJson.Context;

    /// <inheritdoc />
    /// <remarks>Retried like an idempotent call. A retry after a lost answer meets "already exists"; when an earlier
    /// attempt may have acted and the existing environment carries every tag of the request (our ownership tags), it
    /// is our own create and its name and ARN are returned. Otherwise the error stands.</remarks>
    public async Task<CreateComputeEnvironmentResponse> CreateComputeEnvironmentAsync(CreateComputeEnvironmentRequest request, CancellationToken cancellationToken = default)
    {
        var state = new AwsCallState(BatchOperations.CreateComputeEnvironment.Name, OperationSafety.Idempotent);
        try
        {
            return await CallAsync(BatchOperations.CreateComputeEnvironment, request, Ctx.CreateComputeEnvironmentRequest, Ctx.CreateComputeEnvironmentResponse, state, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e) when (e.IsAlreadyExists && state.EarlierAttemptMayHaveActed && request.ComputeEnvironmentName is { } name)
        {
            await foreach (var existing in DescribeComputeEnvironmentsAsync(new() { ComputeEnvironments = [name] }, cancellationToken).ConfigureAwait(false))
            {
                if (existing.ComputeEnvironmentName == name && IsOurs(request.Tags, existing.Tags))
                {
                    return new() { ComputeEnvironmentName = existing.ComputeEnvironmentName, ComputeEnvironmentArn = existing.ComputeEnvironmentArn };
                }
            }

            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>Idempotent: the same update applied twice leaves the same environment.</remarks>
    public Task<UpdateComputeEnvironmentResponse> UpdateComputeEnvironmentAsync(UpdateComputeEnvironmentRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.UpdateComputeEnvironment, request, Ctx.UpdateComputeEnvironmentRequest, Ctx.UpdateComputeEnvironmentResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Idempotent: a repeated delete of a deleting environment succeeds or reports it gone.</remarks>
    public Task<DeleteComputeEnvironmentResponse> DeleteComputeEnvironmentAsync(DeleteComputeEnvironmentRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.DeleteComputeEnvironment, request, Ctx.DeleteComputeEnvironmentRequest, Ctx.DeleteComputeEnvironmentResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<ComputeEnvironmentDetail> DescribeComputeEnvironmentsAsync(DescribeComputeEnvironmentsRequest request, CancellationToken cancellationToken = default) =>
        PagesAsync(BatchOperations.DescribeComputeEnvironments, request, Ctx.DescribeComputeEnvironmentsRequest, Ctx.DescribeComputeEnvironmentsResponse,
            (r, token) => r with { NextToken = token }, page => page.ComputeEnvironments, page => page.NextToken, cancellationToken);

    /// <summary>True when the existing resource carries every tag the create asked for. Without tags in the request
    /// there is no way to tell our resource from someone else's, so it is not ours.</summary>
    private static bool IsOurs(IReadOnlyDictionary<string, string>? requested, IReadOnlyDictionary<string, string>? existing) =>
        requested is { Count: > 0 } && existing is not null
        && requested.All(tag => existing.TryGetValue(tag.Key, out var value) && value == tag.Value);
}
