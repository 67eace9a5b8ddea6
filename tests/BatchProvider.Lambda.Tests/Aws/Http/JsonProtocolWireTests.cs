using System.Net;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.EventBridge;
using BatchProvider.Lambda.Aws.Sqs;
using BatchProvider.Lambda.Tests.Aws.Fakes;

namespace BatchProvider.Lambda.Tests.Aws.Http;

public sealed class JsonProtocolWireTests
{
    [Fact]
    public async Task Sqs_PostsJson10WithTargetAndSignsIt()
    {
        var handler = StubHandler.Recorded(HttpStatusCode.OK, """{"QueueUrl":"https://sqs.eu-west-1.amazonaws.com/123456789012/q"}""");
        var sqs = new SqsClient(TestClients.Options(handler, service: AwsService.Sqs));

        var url = await sqs.GetQueueUrlAsync(new() { QueueName = "q" });

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("https://sqs.eu-west-1.amazonaws.com/123456789012/q", url.QueueUrl);
        Assert.Equal(("POST", "https://sqs.eu-west-1.amazonaws.com/", """{"QueueName":"q"}"""), (request.Method.Method, request.RequestUri!.ToString(), body));
        Assert.Equal("AmazonSQS.GetQueueUrl", request.Headers.GetValues("X-Amz-Target").Single());
        Assert.Equal("application/x-amz-json-1.0", request.Content!.Headers.ContentType!.ToString());
        Assert.Contains("/eu-west-1/sqs/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-target,", request.Headers.GetValues("Authorization").Single());
    }

    [Fact]
    public async Task Sqs_ReceivedBodyNotMatchingItsMd5_IsRejected()
    {
        var handler = StubHandler.Recorded(HttpStatusCode.OK, """{"Messages":[{"MessageId":"m","ReceiptHandle":"r","Body":"hello","MD5OfBody":"00000000000000000000000000000000"}]}""");
        var sqs = new SqsClient(TestClients.Options(handler, service: AwsService.Sqs));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => sqs.ReceiveMessageAsync(new() { QueueUrl = "u" }));

        Assert.Equal("ChecksumMismatch", error.ErrorCode);
    }

    [Fact]
    public async Task EventBridge_PostsJson11WithEpochSecondTimes()
    {
        var handler = StubHandler.Recorded(HttpStatusCode.OK, """{"FailedEntryCount":1,"Entries":[{"ErrorCode":"InternalFailure","ErrorMessage":"x"}]}""");
        var events = new EventBridgeClient(TestClients.Options(handler, service: AwsService.EventBridge));

        var response = await events.PutEventsAsync(new() { Entries = [new() { Source = "s", DetailType = "t", Detail = "{}", Time = DateTimeOffset.FromUnixTimeMilliseconds(1700000000500) }] });

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal((1, "InternalFailure"), (response.FailedEntryCount, response.Entries![0].ErrorCode));
        Assert.Equal("AWSEvents.PutEvents", request.Headers.GetValues("X-Amz-Target").Single());
        Assert.Equal("application/x-amz-json-1.1", request.Content!.Headers.ContentType!.ToString());
        Assert.Equal("""{"Entries":[{"Source":"s","DetailType":"t","Detail":"{}","Time":1700000000.5}]}""", body);
        Assert.Contains("/eu-west-1/events/aws4_request,", request.Headers.GetValues("Authorization").Single());
    }
}
