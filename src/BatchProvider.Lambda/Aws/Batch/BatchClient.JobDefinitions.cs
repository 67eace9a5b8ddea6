using System.Text.Json;
using System.Text.Json.Nodes;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Logging;

namespace BatchProvider.Lambda.Aws.Batch;

public sealed partial class BatchClient
{
    /// <inheritdoc />
    /// <remarks>Retried like an idempotent call, although it is not quite: an attempt whose answer was lost may have
    /// registered a revision, and the retry registers one more with the same content. So when an earlier attempt may
    /// have acted, the revisions just below the returned one that are ACTIVE, ours (they carry every tag of the
    /// request) and identical to it are our own lost registrations, and are deregistered before returning: the caller
    /// sees one registration, as if no answer had been lost. The walk stops at the first revision that differs, which
    /// is the one that was latest before this call (a caller registers only what differs from it).</remarks>
    public async Task<RegisterJobDefinitionResponse> RegisterJobDefinitionAsync(RegisterJobDefinitionRequest request, CancellationToken cancellationToken = default)
    {
        var state = new AwsCallState(BatchOperations.RegisterJobDefinition.Name, OperationSafety.Idempotent);
        var registered = await CallAsync(BatchOperations.RegisterJobDefinition, request, Ctx.RegisterJobDefinitionRequest, Ctx.RegisterJobDefinitionResponse, state, cancellationToken)
            .ConfigureAwait(false);
        if (state.EarlierAttemptMayHaveActed && registered is { JobDefinitionName: { } name, Revision: > 1 and var revision })
        {
            await DeregisterLostRegistrationsAsync(request, name, revision, cancellationToken).ConfigureAwait(false);
        }

        return registered;
    }

    /// <inheritdoc />
    /// <remarks>Idempotent: deregistering an INACTIVE revision again succeeds.</remarks>
    public Task<DeregisterJobDefinitionResponse> DeregisterJobDefinitionAsync(DeregisterJobDefinitionRequest request, CancellationToken cancellationToken = default) =>
        CallAsync(BatchOperations.DeregisterJobDefinition, request, Ctx.DeregisterJobDefinitionRequest, Ctx.DeregisterJobDefinitionResponse, OperationSafety.Idempotent, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<JobDefinition> DescribeJobDefinitionsAsync(DescribeJobDefinitionsRequest request, CancellationToken cancellationToken = default) =>
        PagesAsync(BatchOperations.DescribeJobDefinitions, request, Ctx.DescribeJobDefinitionsRequest, Ctx.DescribeJobDefinitionsResponse,
            (r, token) => r with { NextToken = token }, page => page.JobDefinitions, page => page.NextToken, cancellationToken);

    private async Task DeregisterLostRegistrationsAsync(RegisterJobDefinitionRequest request, string name, int revision, CancellationToken cancellationToken)
    {
        var active = new Dictionary<int, JobDefinition>();
        await foreach (var d in DescribeJobDefinitionsAsync(new() { JobDefinitionName = name, Status = "ACTIVE" }, cancellationToken).ConfigureAwait(false))
        {
            if (d.JobDefinitionName == name && d.Revision is { } r) active[r] = d;
        }

        if (!active.TryGetValue(revision, out var kept))
        {
            return;
        }

        var content = Content(kept);
        for (var r = revision - 1; active.TryGetValue(r, out var lost) && IsOurs(request.Tags, lost.Tags) && JsonNode.DeepEquals(Content(lost), content); r--)
        {
            await DeregisterJobDefinitionAsync(new() { JobDefinition = lost.JobDefinitionArn }, cancellationToken).ConfigureAwait(false);
            _log.Write(LogEvent.Of(LogLevel.Warn, "batch.lost_registration_deregistered",
                ("jobDefinition", name), ("revision", r), ("kept", revision)));
        }
    }

    /// <summary>What a revision says, without what tells revisions apart (ARN and number).</summary>
    private static JsonNode? Content(JobDefinition d) =>
        JsonSerializer.SerializeToNode(d with { JobDefinitionArn = null, Revision = null }, Ctx.JobDefinition);
}
