using System.Net;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.EventBridge;
using BatchProvider.Lambda.Tests.Aws.Fakes;

namespace BatchProvider.Lambda.Tests.Aws.Http;

public sealed class JsonProtocolWireTests
{
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
