using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Lambda.Aws.Resilience;

namespace BatchProvider.Lambda.Aws.EventBridge;

/// <summary>
/// <see cref="IEventBridgeApi"/> over the AWS JSON 1.1 protocol (<c>X-Amz-Target: AWSEvents.PutEvents</c>).
/// PutEvents is retried as idempotent: a retry after a lost answer may publish an event twice, which EventBridge's
/// at-least-once delivery obliges every target to tolerate anyway.
/// </summary>
public sealed class EventBridgeClient(AwsClientOptions options) : IEventBridgeApi
{
    private readonly JsonRpcClient _rpc = new(new AwsTransport(options), "AWSEvents", "1.1");

    /// <inheritdoc />
    public Task<PutEventsResponse> PutEventsAsync(PutEventsRequest request, CancellationToken cancellationToken = default) =>
        _rpc.CallAsync("PutEvents", request, EventBridgeJsonContext.Default.PutEventsRequest, EventBridgeJsonContext.Default.PutEventsResponse,
            OperationSafety.Idempotent, cancellationToken);
}
