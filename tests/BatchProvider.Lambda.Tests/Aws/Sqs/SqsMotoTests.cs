using BatchProvider.Testing.Moto;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Sqs;
using BatchProvider.Lambda.Tests.Moto;

namespace BatchProvider.Lambda.Tests.Aws.Sqs;

[Collection(MotoCollection.Name)]
public sealed class SqsMotoTests(MotoServer moto) : IAsyncLifetime
{
    private string _queueUrl = "";

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        _queueUrl = await CreateQueueAsync("work");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoFact]
    public async Task SendReceiveDelete_RoundTripsBodyAndAttributes()
    {
        var sqs = moto.CreateSqsClient();
        Assert.Equal(_queueUrl, (await sqs.GetQueueUrlAsync(new() { QueueName = "work" })).QueueUrl);

        var attributes = new Dictionary<string, MessageAttributeValue>
        {
            ["kind"] = new() { DataType = "String", StringValue = "remediate" },
            ["blob"] = new() { DataType = "Binary", BinaryValue = [1, 2, 3] },
        };
        var sent = await sqs.SendMessageAsync(new() { QueueUrl = _queueUrl, MessageBody = """{"stack":"s1","attempt":1} é""", MessageAttributes = attributes });
        // The client verified both digests; this shows the service (moto) computed them the same way.
        Assert.Equal(SqsChecksums.AttributesMd5(attributes), sent.MD5OfMessageAttributes);
        var received = await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl, MaxNumberOfMessages = 10, MessageAttributeNames = ["All"], MessageSystemAttributeNames = ["ApproximateReceiveCount"] });

        var message = Assert.Single(received.Messages!);
        Assert.Equal((sent.MessageId, """{"stack":"s1","attempt":1} é"""), (message.MessageId, message.Body));
        Assert.Equal("remediate", message.MessageAttributes?["kind"].StringValue);
        Assert.Equal([1, 2, 3], message.MessageAttributes?["blob"].BinaryValue);
        Assert.Equal("1", message.Attributes?["ApproximateReceiveCount"]);

        await sqs.DeleteMessageAsync(new() { QueueUrl = _queueUrl, ReceiptHandle = message.ReceiptHandle! });
        Assert.Empty((await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl, VisibilityTimeout = 0 })).Messages ?? []);
    }

    [MotoFact]
    public async Task ChangeMessageVisibility_ToZero_MakesTheMessageVisibleAgain()
    {
        var sqs = moto.CreateSqsClient();
        await sqs.SendMessageAsync(new() { QueueUrl = _queueUrl, MessageBody = "again" });
        var first = Assert.Single((await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl, VisibilityTimeout = 300 })).Messages!);
        Assert.Empty((await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl })).Messages ?? []);

        await sqs.ChangeMessageVisibilityAsync(new() { QueueUrl = _queueUrl, ReceiptHandle = first.ReceiptHandle!, VisibilityTimeout = 0 });

        var second = Assert.Single((await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl, MessageSystemAttributeNames = ["All"] })).Messages!);
        Assert.Equal((first.MessageId, "2"), (second.MessageId, second.Attributes?["ApproximateReceiveCount"]));
    }

    [MotoFact]
    public async Task Batches_SendAndDeleteEntryByEntry()
    {
        var sqs = moto.CreateSqsClient();
        var sent = await sqs.SendMessageBatchAsync(new()
        {
            QueueUrl = _queueUrl,
            Entries = [.. Enumerable.Range(1, 3).Select(i => new SendMessageBatchRequestEntry { Id = $"m{i}", MessageBody = $"body {i}" }),
                       new SendMessageBatchRequestEntry { Id = "later", MessageBody = "delayed", DelaySeconds = 600 }],
        });
        Assert.Equal(["later", "m1", "m2", "m3"], sent.Successful!.Select(s => s.Id!).Order());

        var received = await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl, MaxNumberOfMessages = 10 });
        // The delayed message stays invisible for 600 s.
        Assert.Equal(["body 1", "body 2", "body 3"], received.Messages!.Select(m => m.Body!).Order());

        var deleted = await sqs.DeleteMessageBatchAsync(new()
        {
            QueueUrl = _queueUrl,
            Entries = [.. received.Messages!.Select((m, i) => new DeleteMessageBatchRequestEntry { Id = $"d{i}", ReceiptHandle = m.ReceiptHandle! })],
        });
        Assert.Equal(3, deleted.Successful!.Count);
        Assert.Empty(deleted.Failed ?? []);
    }

    [MotoFact]
    public async Task GetQueueUrl_OfMissingQueue_IsNotFound()
    {
        var sqs = moto.CreateSqsClient();

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => sqs.GetQueueUrlAsync(new() { QueueName = "missing" }));

        Assert.True(error.IsNotFound, error.Message);
        Assert.Equal(400, error.StatusCode);
    }

    private Task<string> CreateQueueAsync(string name) => MotoSqsQueues.CreateAsync(moto.ClientOptions(AwsService.Sqs), name);
}
