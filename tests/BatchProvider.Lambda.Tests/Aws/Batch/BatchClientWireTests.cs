using System.Net;
using System.Text.Json.Nodes;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Tests.Aws.Fakes;

namespace BatchProvider.Lambda.Tests.Aws.Batch;

/// <summary>What the Batch client puts on the wire and how it reads answers, against recorded AWS responses.</summary>
public sealed class BatchClientWireTests
{
    /// <summary>A GetJobQueueSnapshot answer in the shape Batch documents (moto does not implement the operation).</summary>
    private const string SnapshotResponse = """
        {
          "frontOfQueue": {
            "jobs": [
              {"jobArn": "arn:aws:batch:eu-west-1:123456789012:job/6271dfdf-d8a7-41b1-a4d2-55a2224f5375", "earliestTimeAtPosition": 1700000000000},
              {"jobArn": "arn:aws:batch:eu-west-1:123456789012:job/7f3b9c1e-0000-4a8b-9c55-123456789abc", "earliestTimeAtPosition": 1700000005000}
            ],
            "lastUpdatedAt": 1700000010000
          },
          "someFieldFromTheFuture": {"nested": [1, 2, 3]}
        }
        """;

    [Fact]
    public async Task GetJobQueueSnapshot_ReadsTheRecordedAnswerAndIgnoresUnknownFields()
    {
        var handler = StubHandler.Recorded(HttpStatusCode.OK, SnapshotResponse, new Dictionary<string, string> { ["x-amzn-RequestId"] = "r-1" });
        var batch = new Lambda.Aws.Batch.BatchClient(TestClients.Options(handler));

        var snapshot = await batch.GetJobQueueSnapshotAsync(new() { JobQueue = "research-high" });

        Assert.Equal(2, snapshot.FrontOfQueue?.Jobs?.Count);
        Assert.Equal(1700000000000, snapshot.FrontOfQueue!.Jobs![0].EarliestTimeAtPosition);
        Assert.Equal(1700000010000, snapshot.FrontOfQueue.LastUpdatedAt);
        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(("POST", "https://batch.eu-west-1.amazonaws.com/v1/getjobqueuesnapshot"), (request.Method.Method, request.RequestUri!.ToString()));
        Assert.Equal("""{"jobQueue":"research-high"}""", body);
    }

    [Fact]
    public async Task Request_IsSignedWithTheSessionTokenAndPayloadHash()
    {
        var handler = StubHandler.Recorded(HttpStatusCode.OK, "{}");
        var batch = new Lambda.Aws.Batch.BatchClient(TestClients.Options(handler));

        await batch.CancelJobAsync(new() { JobId = "j", Reason = "r" });

        var request = Assert.Single(handler.Requests).Request;
        Assert.Equal("20260101T000000Z", request.Headers.GetValues("X-Amz-Date").Single());
        Assert.Equal("session-token", request.Headers.GetValues("X-Amz-Security-Token").Single());
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.ToString());
        var authorization = request.Headers.GetValues("Authorization").Single();
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-1/batch/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=", authorization);
    }

    [Fact]
    public async Task TagOperations_PutTheEncodedArnInThePathAndKeysInTheQuery()
    {
        var handler = StubHandler.Recorded(HttpStatusCode.OK, "{}");
        var batch = new Lambda.Aws.Batch.BatchClient(TestClients.Options(handler));
        const string arn = "arn:aws:batch:eu-west-1:123456789012:job-queue/q 1";

        await batch.TagResourceAsync(new() { ResourceArn = arn, Tags = new Dictionary<string, string> { ["a"] = "1" } });
        await batch.UntagResourceAsync(new() { ResourceArn = arn, TagKeys = ["a", "b c"] });
        await batch.ListTagsForResourceAsync(new() { ResourceArn = arn });

        const string path = "/v1/tags/arn%3Aaws%3Abatch%3Aeu-west-1%3A123456789012%3Ajob-queue%2Fq%201";
        Assert.Equal(
            [("POST", path, """{"tags":{"a":"1"}}"""), ("DELETE", path + "?tagKeys=a&tagKeys=b%20c", ""), ("GET", path, "")],
            handler.Requests.Select(r => (r.Request.Method.Method, r.Request.RequestUri!.PathAndQuery, r.Body)));
        Assert.Null(handler.Requests[1].Request.Content);
    }

    [Fact]
    public async Task DescribeJobDefinitions_FollowsNextTokenAcrossPages()
    {
        // Moto's Batch does not paginate (it ignores maxResults), so paging is checked against recorded pages.
        var handler = new StubHandler((_, body) =>
        {
            var token = (string?)JsonNode.Parse(body)!["nextToken"];
            var (revision, next) = token switch { null => (1, "t1"), "t1" => (2, "t2"), _ => (3, (string?)null) };
            return StubHandler.Response(HttpStatusCode.OK, new JsonObject
            {
                ["jobDefinitions"] = new JsonArray(new JsonObject { ["jobDefinitionName"] = "jd", ["revision"] = revision }),
                ["nextToken"] = next,
            }.ToJsonString());
        });
        var batch = new Lambda.Aws.Batch.BatchClient(TestClients.Options(handler));

        var revisions = await batch.DescribeJobDefinitionsAsync(new() { JobDefinitionName = "jd", MaxResults = 1 }).Select(d => d.Revision ?? 0).ToListAsync();

        Assert.Equal([1, 2, 3], revisions);
        Assert.Equal(
            ["""{"maxResults":1,"jobDefinitionName":"jd"}""", """{"maxResults":1,"jobDefinitionName":"jd","nextToken":"t1"}""", """{"maxResults":1,"jobDefinitionName":"jd","nextToken":"t2"}"""],
            handler.Requests.Select(r => r.Body));
    }

    [Fact]
    public async Task NotFound_IsMappedFromBatchsClientException()
    {
        var handler = StubHandler.Recorded(HttpStatusCode.BadRequest, """{"__type":"ClientException","message":"Job queue does not exist."}""",
            new Dictionary<string, string> { ["x-amzn-ErrorType"] = "ClientException", ["x-amzn-RequestId"] = "r-2" });
        var batch = new Lambda.Aws.Batch.BatchClient(TestClients.Options(handler));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => batch.UpdateJobQueueAsync(new() { JobQueue = "nope" }));

        Assert.Equal(("ClientException", 400, "r-2", true), (error.ErrorCode, error.StatusCode, error.RequestId, error.IsNotFound));
        Assert.Single(handler.Requests); // a client error is not retried
    }
}
