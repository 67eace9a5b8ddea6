using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.Sqs;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Tests.Moto;
using BatchProvider.Sandbox.Moto;
using BatchProvider.Testing.Moto;

namespace BatchProvider.Lambda.Tests.Aws.Sqs;

/// <summary><see cref="SqsSdkClient"/> (AWSSDK.SQS behind <see cref="ISqsApi"/>) against moto.</summary>
[Collection(MotoCollection.Name)]
public sealed class SqsSdkClientTests(MotoServer moto) : IAsyncLifetime
{
    private static readonly AwsCredentials UserKey = new("AKIASQSUSER000000001", "the-users-secret", "the-users-session-token");
    private string _queueUrl = "";

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        // CreateQueue is not part of ISqsApi (queues belong to the SAM template).
        var query = new MotoQueryApi(moto.Endpoint, MotoServer.Region, MotoServer.Credentials);
        _queueUrl = MotoQueryApi.Value(await query.CallAsync("sqs", "2012-11-05", "CreateQueue", [KeyValuePair.Create("QueueName", "work")]), "QueueUrl");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [MotoFact]
    public async Task SendReceiveDelete_RoundTripsBodyAndAttributes()
    {
        using var sqs = moto.CreateSqsClient();
        Assert.Equal(_queueUrl, (await sqs.GetQueueUrlAsync(new() { QueueName = "work" })).QueueUrl);

        var attributes = new Dictionary<string, MessageAttributeValue>
        {
            ["kind"] = new() { DataType = "String", StringValue = "remediate" },
            ["blob"] = new() { DataType = "Binary", BinaryValue = [1, 2, 3] },
        };
        // The SDK checks moto's MD5 of the body and of the attributes; a mismatch would throw here.
        var sent = await sqs.SendMessageAsync(new() { QueueUrl = _queueUrl, MessageBody = """{"stack":"s1","attempt":1} é""", MessageAttributes = attributes });
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
    public async Task SendMessage_WithDelaySeconds_StaysInvisibleForTheDelay()
    {
        using var sqs = moto.CreateSqsClient();

        await sqs.SendMessageAsync(new() { QueueUrl = _queueUrl, MessageBody = "later", DelaySeconds = 600 });
        await sqs.SendMessageAsync(new() { QueueUrl = _queueUrl, MessageBody = "now" });

        var received = await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl, MaxNumberOfMessages = 10 });
        Assert.Equal("now", Assert.Single(received.Messages!).Body);
    }

    [MotoFact]
    public async Task ChangeMessageVisibility_ToZero_MakesTheMessageVisibleAgain()
    {
        using var sqs = moto.CreateSqsClient();
        await sqs.SendMessageAsync(new() { QueueUrl = _queueUrl, MessageBody = "again" });
        var first = Assert.Single((await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl, VisibilityTimeout = 300 })).Messages!);
        Assert.Empty((await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl })).Messages ?? []);

        await sqs.ChangeMessageVisibilityAsync(new() { QueueUrl = _queueUrl, ReceiptHandle = first.ReceiptHandle!, VisibilityTimeout = 0 });

        var second = Assert.Single((await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl, MessageSystemAttributeNames = ["All"] })).Messages!);
        Assert.Equal((first.MessageId, "2"), (second.MessageId, second.Attributes?["ApproximateReceiveCount"]));
    }

    [MotoFact]
    public async Task SendMessageBatch_WithAnInvalidDelay_FailsThatEntryAlone()
    {
        using var sqs = moto.CreateSqsClient();

        var sent = await sqs.SendMessageBatchAsync(new()
        {
            QueueUrl = _queueUrl,
            Entries = [.. Enumerable.Range(1, 2).Select(i => new SendMessageBatchRequestEntry { Id = $"m{i}", MessageBody = $"body {i}" }),
                       new SendMessageBatchRequestEntry { Id = "tooLate", MessageBody = "never", DelaySeconds = 1800 }],
        });

        Assert.Equal(["m1", "m2"], sent.Successful!.Select(s => s.Id!).Order());
        var failed = Assert.Single(sent.Failed!);
        Assert.Equal(("tooLate", "InvalidParameterValue", true), (failed.Id, failed.Code, failed.SenderFault));
        var received = await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl, MaxNumberOfMessages = 10 });
        Assert.Equal(["body 1", "body 2"], received.Messages!.Select(m => m.Body!).Order());
    }

    [MotoFact]
    public async Task DeleteMessageBatch_WithAnInvalidReceiptHandle_FailsThatEntryAlone()
    {
        using var sqs = moto.CreateSqsClient();
        await sqs.SendMessageBatchAsync(new()
        {
            QueueUrl = _queueUrl,
            Entries = [.. Enumerable.Range(1, 3).Select(i => new SendMessageBatchRequestEntry { Id = $"m{i}", MessageBody = $"body {i}" })],
        });
        var received = await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl, MaxNumberOfMessages = 10 });

        var deleted = await sqs.DeleteMessageBatchAsync(new()
        {
            QueueUrl = _queueUrl,
            Entries = [.. received.Messages!.Select((m, i) => new DeleteMessageBatchRequestEntry { Id = $"d{i}", ReceiptHandle = m.ReceiptHandle! }),
                       new DeleteMessageBatchRequestEntry { Id = "bogus", ReceiptHandle = "not-a-receipt-handle" }],
        });

        Assert.Equal(["d0", "d1", "d2"], deleted.Successful!.Select(s => s.Id!).Order());
        var failed = Assert.Single(deleted.Failed!);
        Assert.Equal(("bogus", "ReceiptHandleIsInvalid", true), (failed.Id, failed.Code, failed.SenderFault));
        Assert.Empty((await sqs.ReceiveMessageAsync(new() { QueueUrl = _queueUrl, VisibilityTimeout = 0 })).Messages ?? []);
    }

    [MotoFact]
    public async Task GetQueueUrl_OfMissingQueue_IsNotFound()
    {
        using var sqs = moto.CreateSqsClient();

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => sqs.GetQueueUrlAsync(new() { QueueName = "missing" }));

        Assert.True(error.IsNotFound, error.Message);
        Assert.Equal(("sqs", 400), (error.Service, error.StatusCode));
    }

    [MotoFact]
    public async Task AwsClients_Sqs_GoesToTheSettingsEndpointSignedWithTheProvidersKey()
    {
        await using var proxy = SignatureCheckingProxy.Start(moto.Endpoint, UserKey);
        // AWS_ENDPOINT_URL_SQS must win over AWS_ENDPOINT_URL (a closed port): the SDK sees only what AwsSettings chose.
        var settings = AwsSettings.Read(new DictionaryEnvironmentVariables(new Dictionary<string, string>
        {
            ["AWS_REGION"] = MotoServer.Region,
            ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:9/",
            ["AWS_ENDPOINT_URL_SQS"] = proxy.Endpoint.ToString(),
        }));
        var sqs = AwsClients.Create(settings, new StaticCredentialsProvider(UserKey), NullLogSink.Instance, TimeProvider.System, () => 0.5).Sqs;

        var queueUrl = (await sqs.GetQueueUrlAsync(new() { QueueName = "work" })).QueueUrl!;
        await sqs.SendMessageAsync(new() { QueueUrl = queueUrl, MessageBody = "one", DelaySeconds = 0 });
        await sqs.SendMessageBatchAsync(new() { QueueUrl = queueUrl, Entries = [new() { Id = "two", MessageBody = "two" }] });
        var received = await sqs.ReceiveMessageAsync(new() { QueueUrl = queueUrl, MaxNumberOfMessages = 10, VisibilityTimeout = 300 });
        await sqs.ChangeMessageVisibilityAsync(new() { QueueUrl = queueUrl, ReceiptHandle = received.Messages![0].ReceiptHandle!, VisibilityTimeout = 300 });
        await sqs.DeleteMessageAsync(new() { QueueUrl = queueUrl, ReceiptHandle = received.Messages[0].ReceiptHandle! });
        await sqs.DeleteMessageBatchAsync(new() { QueueUrl = queueUrl, Entries = [new() { Id = "d", ReceiptHandle = received.Messages[1].ReceiptHandle! }] });

        Assert.Empty(proxy.Failures);
        Assert.Equal((2, 7), (received.Messages.Count, proxy.Verified));
    }

    [MotoFact]
    public async Task EveryCall_AsksTheProviderAgain_SoRotatedCredentialsAreUsed()
    {
        await using var proxy = SignatureCheckingProxy.Start(moto.Endpoint, UserKey);
        var credentials = new RotatingCredentials(UserKey);
        using var sqs = moto.CreateSqsClient(credentials, proxy.Endpoint);
        await sqs.GetQueueUrlAsync(new() { QueueName = "work" });

        credentials.Current = new AwsCredentials("AKIAROTATED000000002", "rotated-secret", "rotated-token");
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => sqs.GetQueueUrlAsync(new() { QueueName = "work" }));

        Assert.True(error.IsAccessDenied, error.Message);
        Assert.Equal(1, proxy.Verified);
        Assert.Contains("signed with access key AKIAROTATED000000002", Assert.Single(proxy.Failures));
    }

    [MotoFact]
    public async Task Call_WhenTheProviderHasNoCredentials_ThrowsTheProvidersConfigurationError()
    {
        using var sqs = moto.CreateSqsClient(new NoCredentials());

        var error = await Assert.ThrowsAsync<AwsConfigurationException>(() => sqs.GetQueueUrlAsync(new() { QueueName = "work" }));

        Assert.Equal(NoCredentials.Message, error.Message);
    }

    /// <summary>Credentials that change while the client lives, as Lambda's do.</summary>
    private sealed class RotatingCredentials(AwsCredentials initial) : ICredentialsProvider
    {
        public AwsCredentials Current { get; set; } = initial;

        public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Current);
    }

    private sealed class NoCredentials : ICredentialsProvider
    {
        public const string Message = "No AWS credentials found.";

        public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => throw new AwsConfigurationException(Message);
    }
}
