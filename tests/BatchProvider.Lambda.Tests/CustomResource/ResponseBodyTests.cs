using System.Text;
using System.Text.Json;
using BatchProvider.Lambda.CustomResource;

namespace BatchProvider.Lambda.Tests.CustomResource;

/// <summary>
/// <see cref="ResponseBody"/> keeps every answer within CloudFormation's 4,096 bytes: a long Reason is cut on a
/// character boundary (JSON escapes included), and a Data map that cannot fit turns the answer into a FAILED that says so.
/// </summary>
public sealed class ResponseBodyTests
{
    private static readonly CustomResourceRequest Request = new()
    {
        RequestType = "Create",
        ResponseUrl = "https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com/x",
        StackId = "arn:aws:cloudformation:eu-west-1:123456789012:stack/research-stack/1c2f0b40-6d3e-11ef-9e2a-0a1b2c3d4e5f",
        RequestId = "8a1e4b3c-0000-4000-8000-000000000001",
        LogicalResourceId = "Research",
    };

    private const string Id = "BatchStack/research-stack/Research/research";

    private static CustomResourceResponse Parse(byte[] body) =>
        JsonSerializer.Deserialize<CustomResourceResponse>(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body))!;

    [Fact]
    public void Encode_WhenTheAnswerFits_SendsItUnchanged()
    {
        var response = CustomResourceResponse.Success(Request, Id, new Dictionary<string, string> { ["JobQueue.etl"] = "arn:aws:batch:eu-west-1:123456789012:job-queue/research-etl" });

        var (body, sent) = ResponseBody.Encode(response);

        Assert.Same(response, sent);
        Assert.Equal(response.Data, Parse(body).Data);
        Assert.Equal((Id, "SUCCESS"), (Parse(body).PhysicalResourceId, Parse(body).Status));
    }

    // One row per UTF-8 width (1 to 4 bytes) and per JSON escape the serializer writes (\", \\, \n, \u003C).
    public static TheoryData<string, string> LongReasons => new()
    {
        { "ascii", new string('x', 10_000) },
        { "two-byte", string.Concat(Enumerable.Repeat("é", 5_000)) },
        { "three-byte", string.Concat(Enumerable.Repeat("€", 5_000)) },
        { "four-byte (surrogate pairs)", string.Concat(Enumerable.Repeat("a😀", 3_000)) },
        { "escaped", string.Concat(Enumerable.Repeat("\"\\\n<>&", 2_000)) },
        { "just over", new string('y', 4_096 - 300) + "€😀" },
    };

    [Theory]
    [MemberData(nameof(LongReasons))]
    public void Encode_WithALongReason_CutsItOnACharacterBoundaryWithinTheLimit(string kind, string reason)
    {
        var response = CustomResourceResponse.Failure(Request, Id, reason);

        var (body, sent) = ResponseBody.Encode(response);

        Assert.True(body.Length <= ResponseBody.MaxBytes, $"{kind}: {body.Length} bytes");
        Assert.True(body.Length > ResponseBody.MaxBytes - 1_024, $"{kind}: cut far more than needed, to {body.Length} bytes");
        var decoded = Parse(body);
        Assert.Equal(sent, decoded);
        Assert.EndsWith(" …(cut)", decoded.Reason);
        var kept = decoded.Reason![..^" …(cut)".Length];
        Assert.StartsWith(kept, reason, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(kept[^1]), $"{kind}: the cut splits a surrogate pair");
        Assert.Equal(("FAILED", Id, Request.RequestId), (decoded.Status, decoded.PhysicalResourceId, decoded.RequestId));
    }

    [Fact]
    public void Encode_WhenDataCannotFit_AnswersFailedNamingTheOverflow()
    {
        var data = Enumerable.Range(0, 60).ToDictionary(i => $"JobDefinition.job-{i:00}", i => $"arn:aws:batch:eu-west-1:123456789012:job-definition/research-job-{i:00}:1");
        var response = CustomResourceResponse.Success(Request, Id, data);

        var (body, sent) = ResponseBody.Encode(response);

        var decoded = Parse(body);
        Assert.Equal(sent, decoded);
        Assert.Equal(("FAILED", Id, null), (decoded.Status, decoded.PhysicalResourceId, decoded.Data));
        var full = JsonSerializer.SerializeToUtf8Bytes(response, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }).Length;
        Assert.Equal($"The answer would be {full} bytes, over CloudFormation's 4096: Data holds 60 ARNs. Split the BatchStack into smaller ones, or shorten the Ids.", decoded.Reason);
        Assert.True(body.Length <= ResponseBody.MaxBytes);
    }

    public static TheoryData<string, int, string> Cuts => new()
    {
        { "abc", 2, "ab" },
        { "abc", 3, "abc" },
        { "é", 1, "" },
        { "aé", 2, "a" },
        { "€€", 5, "€" },
        { "a😀", 4, "a" },
        { "a😀", 5, "a😀" },
        { "", 0, "" },
    };

    [Theory]
    [MemberData(nameof(Cuts))]
    public void Truncate_KeepsTheLongestWholeCharacterPrefix(string text, int maxBytes, string expected) =>
        Assert.Equal(expected, ResponseBody.Truncate(text, maxBytes));
}
