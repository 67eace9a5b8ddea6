using BatchProvider.Testing.Moto;
using BatchProvider.Lambda.Aws.EventBridge;
using BatchProvider.Lambda.Tests.Moto;

namespace BatchProvider.Lambda.Tests.Aws.EventBridge;

[Collection(MotoCollection.Name)]
public sealed class EventBridgeMotoTests(MotoServer moto) : IAsyncLifetime
{
    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoFact]
    public async Task PutEvents_OnDefaultBus_ReturnsAnEventIdPerEntry()
    {
        var events = moto.CreateEventBridgeClient();

        var response = await events.PutEventsAsync(new()
        {
            Entries =
            [
                new() { Source = "batchprovider", DetailType = "StuckJobRemediated", Detail = """{"jobId":"j-1"}""", Time = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) },
                new() { Source = "batchprovider", DetailType = "StackReconciled", Detail = "{}", Resources = ["arn:aws:batch:us-east-1:123456789012:job-queue/q"] },
            ],
        });

        Assert.Equal(0, response.FailedEntryCount);
        Assert.Equal(2, response.Entries!.Count);
        Assert.All(response.Entries, e => Assert.False(string.IsNullOrEmpty(e.EventId)));
    }
}
