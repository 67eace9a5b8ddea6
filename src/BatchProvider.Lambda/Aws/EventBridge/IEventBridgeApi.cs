namespace BatchProvider.Lambda.Aws.EventBridge;

/// <summary>The EventBridge operation BatchProvider uses. Swapping in AWSSDK.EventBridge means one new implementation.</summary>
public interface IEventBridgeApi
{
    /// <summary>PutEvents; entries fail individually, so check <see cref="PutEventsResponse.FailedEntryCount"/>.</summary>
    Task<PutEventsResponse> PutEventsAsync(PutEventsRequest request, CancellationToken cancellationToken = default);
}
