using System.Text.Json;
using BatchProvider.Lambda.CustomResource;
using BatchProvider.Lambda.Logging;

namespace BatchProvider.Lambda.Tests.CustomResource;

/// <summary>
/// The ResponseURL is a bearer credential for forging the answer: <see cref="ResponseUrlRedaction"/> keeps scheme, host
/// and path only, and nothing the handler logs carries the signature or the credential, while the answer itself still
/// goes to the whole URL.
/// </summary>
public sealed class ResponseUrlRedactionTests
{
    private const string AccessKey = "ASIAQEXAMPLEKEY12345";
    private const string Signature = "6f1c0ad7e9b3c2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7";
    private const string SigV4Query = $"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261203T120000Z&X-Amz-SignedHeaders=host&X-Amz-Expires=7200&X-Amz-Credential={AccessKey}%2F20261203%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Signature={Signature}";
    private const string S3Url = "https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com/arn%3Aaws%3Acloudformation%3Aeu-west-1%3A123456789012%3Astack/research-stack/guid%7CResearch%7Cr-1";
    private const string StackId = "arn:aws:cloudformation:eu-west-1:123456789012:stack/research-stack/1c2f0b40-6d3e-11ef-9e2a-0a1b2c3d4e5f";

    public static TheoryData<string, string> Redactions => new()
    {
        { S3Url + SigV4Query, S3Url },
        { $"https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/key?AWSAccessKeyId={AccessKey}&Expires=1796212800&Signature={Signature}",
          "https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/key" },
        { $"http://127.0.0.1:5000/bucket/key{SigV4Query}#{Signature}", "http://127.0.0.1:5000/bucket/key" },
        { $"https://{AccessKey}:{Signature}@s3.amazonaws.com/bucket/key", "https://s3.amazonaws.com/bucket/key" },
        { "not a url" + SigV4Query, "(unparseable ResponseURL)" },
        { "", "(unparseable ResponseURL)" },
    };

    [Theory]
    [MemberData(nameof(Redactions))]
    public void Redact_KeepsSchemeHostAndPathOnly(string url, string expected)
    {
        var redacted = ResponseUrlRedaction.Redact(url);

        Assert.Equal(expected, redacted);
        Assert.DoesNotContain(Signature, redacted);
        Assert.DoesNotContain(AccessKey, redacted);
    }

    // Answered at once (a foreign Delete, invalid properties), refused (not S3), and a URL that does not even parse.
    public static TheoryData<string, string, string?, bool> Requests => new()
    {
        { S3Url + SigV4Query, "Delete", "research-stack-Research-1A2B3C4D5E6F", true },
        { S3Url + SigV4Query, "Create", null, true },
        { "http://127.0.0.1:5000/bucket/key" + SigV4Query, "Delete", "BatchStack/research-stack/Research/research", false },
        { "not a url" + SigV4Query, "Create", null, false },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Handler_NeverLogsTheSignatureOrCredential_AndAnswersTheWholeUrl(string url, string requestType, string? physicalId, bool answered)
    {
        var offline = new OfflineCustomResources();
        var request = new CustomResourceRequest
        {
            RequestType = requestType,
            ResponseUrl = url,
            StackId = StackId,
            RequestId = "r-1",
            LogicalResourceId = "Research",
            PhysicalResourceId = physicalId,
            // Invalid (no Name): a Create fails before any Batch call.
            ResourceProperties = JsonDocument.Parse("""{"ServiceToken":"arn:aws:lambda:eu-west-1:123456789012:function:batchprovider"}""").RootElement.Clone(),
        };

        await offline.Handler.HandleRequestAsync(request, offline.Clock.GetUtcNow().AddMinutes(10), CancellationToken.None);

        var lines = string.Join('\n', offline.Log.Events.Select(e => JsonLinesLogSink.Format(e, offline.Clock.GetUtcNow())));
        Assert.DoesNotContain(Signature, lines);
        Assert.DoesNotContain(AccessKey, lines);
        Assert.DoesNotContain("X-Amz-", lines);
        Assert.Equal(ResponseUrlRedaction.Redact(url), Assert.Single(offline.Log.Named("cfn.request"))["responseUrl"]);
        Assert.Equal(answered ? [url] : [], offline.Channel.Puts.Select(p => p.Url.OriginalString));
        Assert.Equal(answered ? 0 : 1, offline.Log.Named("cfn.response_url.refused").Count);
        Assert.Empty(offline.Batch.Calls);
    }
}
