using System.Text.Json;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Signing;

namespace BatchProvider.Lambda.Aws.Batch;

public sealed partial class BatchClient
{
    /// <inheritdoc />
    /// <remarks>Idempotent: setting the same tags twice leaves the same tags.</remarks>
    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        CallWithArnAsync(BatchOperations.TagResource, request.ResourceArn, "",
            JsonSerializer.SerializeToUtf8Bytes(request, Ctx.TagResourceRequest), Ctx.TagResourceResponse, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Idempotent. The keys go in the query as repeated <c>tagKeys</c>, as botocore sends a list.</remarks>
    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        CallWithArnAsync(BatchOperations.UntagResource, request.ResourceArn,
            AwsUriEncoding.Query((request.TagKeys ?? []).Select(k => System.Collections.Generic.KeyValuePair.Create("tagKeys", k))), null, Ctx.UntagResourceResponse, cancellationToken);

    /// <inheritdoc />
    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        CallWithArnAsync(BatchOperations.ListTagsForResource, request.ResourceArn, "", null, Ctx.ListTagsForResourceResponse, cancellationToken);
}
