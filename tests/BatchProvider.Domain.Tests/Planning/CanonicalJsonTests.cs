using System.Text.Json.Nodes;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Comparison;

namespace BatchProvider.Domain.Tests.Planning;

public sealed class CanonicalJsonTests
{
    [Theory]
    [InlineData("""{"a":1}""", """{"a":1}""", true)]
    [InlineData("""{"a":1}""", """{"a":1,"b":2}""", false)]
    [InlineData("""{"a":1,"b":2}""", """{"a":1}""", false)]
    [InlineData("""{"a":1}""", """{"a":2}""", false)]
    [InlineData("""{"a":1}""", """{}""", false)]
    [InlineData("""{"l":["x","y"]}""", """{"l":["y","x"]}""", true)]
    [InlineData("""{"l":["x"]}""", """{"l":["x","y"]}""", false)]
    [InlineData("""{"l":[{"a":1},{"a":2}]}""", """{"l":[{"a":2},{"a":1}]}""", false)]
    [InlineData("""{"l":[{"a":1}]}""", """{"l":[{"a":1,"server":"filled"}]}""", false)]
    [InlineData("""{"role":"ecsInstanceRole"}""", """{"role":"arn:aws:iam::1:instance-profile/ecsInstanceRole"}""", true)]
    [InlineData("""{"role":"arn:aws:iam::1:instance-profile/ecsInstanceRole"}""", """{"role":"ecsInstanceRole"}""", true)]
    [InlineData("""{"role":"other"}""", """{"role":"arn:aws:iam::1:instance-profile/ecsInstanceRole"}""", false)]
    [InlineData("""{"n":2}""", """{"n":2.0}""", false)]
    [InlineData(null, """{"a":1}""", false)]
    [InlineData(null, null, true)]
    public void Same_ComparesBothWays_SoARemovedMemberDiffers(string? desired, string? observed, bool expected)
    {
        Assert.Equal(expected, CanonicalJson.Same(desired is null ? null : JsonNode.Parse(desired), observed is null ? null : JsonNode.Parse(observed)));
    }

    [Theory]
    [InlineData("""{"keyPair":""}""", null)]
    [InlineData("""{"a":[],"b":{},"c":null,"d":"x"}""", """{"d":"x"}""")]
    [InlineData("""{"l":["",""]}""", """{"l":["",""]}""")]
    [InlineData("""{"l":[{}]}""", """{"l":[{}]}""")]
    public void Normalize_DropsEmptyMembers_ButKeepsListPositions(string input, string? expected)
    {
        Assert.Equal(expected, CanonicalJson.Text(CanonicalJson.Normalize(JsonNode.Parse(input))));
    }

    [Fact]
    public void Text_DropsNullsAndEmptiesAndSortsKeys()
    {
        var a = new ComputeResource { MaxvCpus = 4, Subnets = [], Type = "EC2", Tags = new Dictionary<string, string>() };
        var b = new ComputeResource { Type = "EC2", MaxvCpus = 4 };

        Assert.Equal("""{"maxvCpus":4,"type":"EC2"}""", CanonicalJson.Text(a, BatchApiJsonContext.Default.ComputeResource));
        Assert.Equal(CanonicalJson.Text(a, BatchApiJsonContext.Default.ComputeResource), CanonicalJson.Text(b, BatchApiJsonContext.Default.ComputeResource));
    }

    [Theory]
    [InlineData("arn:aws:batch:eu-west-1:123456789012:compute-environment/x", "arn:aws:batch:eu-west-1:123456789012")]
    [InlineData("arn:aws-cn:batch:cn-north-1:123456789012:job-definition/x:3", "arn:aws-cn:batch:cn-north-1:123456789012")]
    [InlineData("arn:aws:iam::123456789012:role/x", null)]
    [InlineData("not-an-arn", null)]
    public void BatchArnsPrefixOf_ReadsTheBatchPrefix(string arn, string? expected)
    {
        Assert.Equal(expected, BatchArns.PrefixOf(arn));
    }

    [Fact]
    public void BatchArns_BuildTheDocumentedFormats()
    {
        var prefix = BatchArns.Prefix("aws", "us-east-1", "123456789012");

        Assert.Equal("arn:aws:batch:us-east-1:123456789012:scheduling-policy/s-p", BatchArns.SchedulingPolicy(prefix, "s-p"));
        Assert.Equal("arn:aws:batch:us-east-1:123456789012:compute-environment/s-c", BatchArns.ComputeEnvironment(prefix, "s-c"));
        Assert.Equal("arn:aws:batch:us-east-1:123456789012:job-queue/s-q", BatchArns.JobQueue(prefix, "s-q"));
    }
}
