using System.Text;
using System.Text.Json.Nodes;
using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Lambda.Aws.Resilience;

namespace BatchProvider.Testing.Moto;

/// <summary>
/// Seeds SQS queues on a moto server. CreateQueue is not part of ISqsApi (the product's queues belong to the SAM
/// template), so tests create theirs with one raw JSON-protocol call.
/// </summary>
public static class MotoSqsQueues
{
    /// <summary>Creates queue <paramref name="name"/> through the SQS endpoint in <paramref name="options"/> and returns its URL.</summary>
    public static async Task<string> CreateAsync(AwsClientOptions options, string name, CancellationToken cancellationToken = default)
    {
        var transport = new JsonRpcClient(new AwsTransport(options), "AmazonSQS", "1.0").Transport;
        var response = await transport.SendAsync(
            new AwsRequest("CreateQueue", HttpMethod.Post, "/", "", Encoding.UTF8.GetBytes($$"""{"QueueName":"{{name}}"}"""), "application/x-amz-json-1.0", "AmazonSQS.CreateQueue"),
            new AwsCallState("CreateQueue", OperationSafety.Idempotent), cancellationToken);
        return (string)JsonNode.Parse(response.Body)!["QueueUrl"]!;
    }
}
