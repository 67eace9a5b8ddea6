using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Testing.Simulation;

public sealed partial class SimulatedBatch
{
    private readonly Dictionary<string, Dictionary<string, string>> _tags = [];

    private IReadOnlyDictionary<string, string> TagsOf(string arn) =>
        _tags.TryGetValue(arn, out var tags) ? new Dictionary<string, string>(tags) : new Dictionary<string, string>();

    private void RequireTaggable(string? arn)
    {
        var exists = _computeEnvironments.Any(c => c.Arn == arn) || _jobQueues.Any(q => q.Arn == arn)
                     || _policies.Any(p => p.Arn == arn) || _jobDefinitions.Any(j => j.JobDefinitionArn == arn);
        if (!exists) throw ClientError($"Resource {arn} does not exist");
    }

    /// <inheritdoc />
    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        Invoke("TagResource", request, () =>
        {
            RequireTaggable(request.ResourceArn);
            var tags = _tags.TryGetValue(request.ResourceArn!, out var existing) ? existing : _tags[request.ResourceArn!] = [];
            foreach (var (key, value) in request.Tags ?? new Dictionary<string, string>()) tags[key] = value;
            return new TagResourceResponse();
        }, cancellationToken);

    /// <inheritdoc />
    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        Invoke("UntagResource", request, () =>
        {
            RequireTaggable(request.ResourceArn);
            if (_tags.TryGetValue(request.ResourceArn!, out var tags))
                foreach (var key in request.TagKeys ?? []) tags.Remove(key);
            return new UntagResourceResponse();
        }, cancellationToken);

    /// <inheritdoc />
    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        Invoke("ListTagsForResource", request, () =>
        {
            RequireTaggable(request.ResourceArn);
            return new ListTagsForResourceResponse { Tags = TagsOf(request.ResourceArn!) };
        }, cancellationToken);
}
