using System.Text.Json.Nodes;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using BatchProvider.Lambda.Aws.Credentials;

namespace BatchProvider.Testing.Runtime;

/// <summary>
/// What Lambda's SQS event source mapping does for the continuation queue: receive a batch, invoke the function with
/// it as an SQS event, then delete the messages it handled and make the ones in its partial batch failure response
/// visible again (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html).
/// </summary>
public sealed class SqsEventSource : IDisposable
{
    private readonly AmazonSQSClient _sqs;

    private SqsEventSource(AmazonSQSClient sqs, string queueUrl) => (_sqs, QueueUrl) = (sqs, queueUrl);

    /// <summary>The queue the function's continuations go to (its <c>CONTINUATION_QUEUE_URL</c>).</summary>
    public string QueueUrl { get; }

    /// <summary>Creates queue <paramref name="queueName"/> on the SQS at <paramref name="endpoint"/> (moto) and the source that drains it.</summary>
    public static async Task<SqsEventSource> CreateAsync(Uri endpoint, string region, AwsCredentials credentials, string queueName)
    {
        var sqs = new AmazonSQSClient(new BasicAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey),
            new AmazonSQSConfig { ServiceURL = endpoint.ToString(), AuthenticationRegion = region });
        return new SqsEventSource(sqs, (await sqs.CreateQueueAsync(queueName)).QueueUrl);
    }

    /// <summary>Delivers one batch through <paramref name="invoke"/> (event JSON in, response JSON out); how many messages it held (0: the queue was empty).</summary>
    public async Task<int> DeliverAsync(Func<string, Task<string>> invoke)
    {
        var received = await _sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = QueueUrl, MaxNumberOfMessages = 10, WaitTimeSeconds = 0, MessageSystemAttributeNames = ["ApproximateReceiveCount"],
        });
        if (received.Messages is not { Count: > 0 } messages) return 0;
        var response = JsonNode.Parse(await invoke(EventJson(messages)))!;
        var failed = response["batchItemFailures"]!.AsArray().Select(f => (string)f!["itemIdentifier"]!).ToHashSet();
        foreach (var message in messages)
        {
            if (failed.Contains(message.MessageId))
                await _sqs.ChangeMessageVisibilityAsync(new ChangeMessageVisibilityRequest { QueueUrl = QueueUrl, ReceiptHandle = message.ReceiptHandle, VisibilityTimeout = 0 });
            else
                await _sqs.DeleteMessageAsync(new DeleteMessageRequest { QueueUrl = QueueUrl, ReceiptHandle = message.ReceiptHandle });
        }
        return messages.Count;
    }

    // What the event source does with a partial batch response: delete the successes, make the failures visible again.
    private static string EventJson(IEnumerable<Message> messages) => new JsonObject
    {
        ["Records"] = new JsonArray([.. messages.Select(m => (JsonNode)new JsonObject
        {
            ["messageId"] = m.MessageId,
            ["receiptHandle"] = m.ReceiptHandle,
            ["body"] = m.Body,
            ["attributes"] = new JsonObject { ["ApproximateReceiveCount"] = m.Attributes?.GetValueOrDefault("ApproximateReceiveCount") ?? "1" },
            ["eventSource"] = "aws:sqs",
            ["eventSourceARN"] = "arn:aws:sqs:us-east-1:123456789012:continuations",
        })]),
    }.ToJsonString();

    public void Dispose() => _sqs.Dispose();
}
