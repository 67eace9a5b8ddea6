using System.Text.Json.Nodes;
using BatchProvider.Lambda.Handler;
using BatchProvider.Lambda.Runtime;
using BatchProvider.Lambda.Tests.CustomResource;
using BatchProvider.Lambda.Tests.Remediation;

namespace BatchProvider.Lambda.Tests.Handler;

/// <summary>
/// <see cref="FunctionHandler"/> routes by the event's shape: CloudFormation requests to the custom-resource handler,
/// SQS batches message by message (continuations by their marker, the rest to remediation) with a partial batch
/// failure response, scheduled events to the sweep, and anything else to an invocation error.
/// </summary>
public sealed class FunctionHandlerRoutingTests
{
    private const string ResponseUrl = "https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/key?X-Amz-Signature=abc";

    private static readonly string CfnDelete = new JsonObject
    {
        ["RequestType"] = "Delete",
        ["ResponseURL"] = ResponseUrl,
        ["StackId"] = "arn:aws:cloudformation:us-east-1:123456789012:stack/research-stack/5b6c7d8e-0000-4000-8000-000000000001",
        ["RequestId"] = "r-1",
        ["LogicalResourceId"] = "Research",
        ["PhysicalResourceId"] = "research-stack-Research-1A2B3C4D5E6F",
        ["ResourceProperties"] = new JsonObject { ["Name"] = "research" },
    }.ToJsonString();

    private static string Sqs(params (string Id, string Body)[] messages) => new JsonObject
    {
        ["Records"] = new JsonArray([.. messages.Select(m => (JsonNode)new JsonObject
        {
            ["messageId"] = m.Id, ["body"] = m.Body, ["eventSource"] = "aws:sqs", ["attributes"] = new JsonObject { ["ApproximateReceiveCount"] = "1" },
        })]),
    }.ToJsonString();

    private const string Scheduled = """{"version":"0","detail-type":"Scheduled Event","source":"aws.events","detail":{}}""";

    // event, response, CloudFormation answers, remediation messages, sweeps
    public static TheoryData<string, string, int, int, int> Routes => new()
    {
        { CfnDelete, "{}", 1, 0, 0 },
        { Sqs(("m1", """{"detail-type":"Batch Job State Change"}""")), """{"batchItemFailures":[]}""", 0, 1, 0 },
        // A continuation that does not read fails alone; the other message is still handled.
        { Sqs(("m1", "{}"), ("m2", """{"BatchProviderContinuation":1}""")), """{"batchItemFailures":[{"itemIdentifier":"m2"}]}""", 0, 1, 0 },
        { Scheduled, "{}", 0, 0, 1 },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task HandleAsync_RoutesByTheEventsShape(string eventJson, string response, int answers, int messages, int sweeps)
    {
        var (handler, customResources, remediation) = Create();

        var result = await handler.HandleAsync(new InvocationRequest("lambda-1", customResources.Clock.GetUtcNow().AddMinutes(2), null, eventJson), CancellationToken.None);

        Assert.Equal((response, answers, messages, sweeps), (result.Body, customResources.Channel.Puts.Count, remediation.Messages.Count, remediation.Sweeps));
    }

    public static TheoryData<string> Unrecognised => new() { "{}", "[]", "not json", "\"text\"", """{"detail-type":"EC2 Instance State-change Notification"}""", """{"Records":"x"}""" };

    [Theory]
    [MemberData(nameof(Unrecognised))]
    public async Task HandleAsync_OfAnythingElse_ThrowsSoTheInvocationFails(string eventJson)
    {
        var (handler, customResources, remediation) = Create();

        await Assert.ThrowsAsync<UnrecognisedEventException>(() =>
            handler.HandleAsync(new InvocationRequest("lambda-1", customResources.Clock.GetUtcNow().AddMinutes(2), null, eventJson), CancellationToken.None));
        Assert.Equal((0, 0, 0), (customResources.Channel.Puts.Count, remediation.Messages.Count, remediation.Sweeps));
    }

    private static (FunctionHandler, OfflineCustomResources, RecordingRemediation) Create()
    {
        var customResources = new OfflineCustomResources();
        var remediation = new RecordingRemediation();
        return (new FunctionHandler(customResources.Handler, remediation, customResources.Log), customResources, remediation);
    }
}
