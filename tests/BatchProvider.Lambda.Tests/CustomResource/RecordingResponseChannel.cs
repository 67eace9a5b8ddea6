using BatchProvider.Lambda.CustomResource;

namespace BatchProvider.Lambda.Tests.CustomResource;

/// <summary>Keeps every answer the handler delivers, with the URL it was delivered to.</summary>
internal sealed class RecordingResponseChannel : IResponseChannel
{
    public List<(Uri Url, byte[] Body)> Puts { get; } = [];

    public Task PutAsync(Uri responseUrl, byte[] body, CancellationToken cancellationToken)
    {
        Puts.Add((responseUrl, body));
        return Task.CompletedTask;
    }
}
