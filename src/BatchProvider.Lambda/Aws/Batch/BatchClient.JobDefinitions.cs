using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Resilience;

namespace BatchProvider.Lambda.Aws.Batch;

public sealed partial class BatchClient
{
    /// <inheritdoc />
    /// <remarks>Retried as idempotent although it is not quite: a retry after a lost answer registers one more
    /// revision with identical content. That is harmless (revisions are immutable, the newest ACTIVE one is the one used,
    /// and a surplus revision can be deregistered later), whereas failing the stack update on a lost answer would not be.</remarks>
    public Task<RegisterJobDefinitionResponse> RegisterJobDefinitionAsync(RegisterJobDefinitionRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.RegisterJobDefinition, request, Ctx.RegisterJobDefinitionRequest, Ctx.RegisterJobDefinitionResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Idempotent: deregistering an INACTIVE revision again succeeds.</remarks>
    public Task<DeregisterJobDefinitionResponse> DeregisterJobDefinitionAsync(DeregisterJobDefinitionRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.DeregisterJobDefinition, request, Ctx.DeregisterJobDefinitionRequest, Ctx.DeregisterJobDefinitionResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<JobDefinition> DescribeJobDefinitionsAsync(DescribeJobDefinitionsRequest request, CancellationToken cancellationToken = default) =>
        PagesAsync(BatchOperations.DescribeJobDefinitions, request, Ctx.DescribeJobDefinitionsRequest, Ctx.DescribeJobDefinitionsResponse,
            (r, token) => r with { NextToken = token }, page => page.JobDefinitions, page => page.NextToken, cancellationToken);
}
