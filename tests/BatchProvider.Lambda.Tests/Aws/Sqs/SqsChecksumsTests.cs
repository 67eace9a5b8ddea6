using BatchProvider.Lambda.Aws.Sqs;

namespace BatchProvider.Lambda.Tests.Aws.Sqs;

public sealed class SqsChecksumsTests
{
    [Theory]
    [InlineData("", "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("hello", "5d41402abc4b2a76b9719d911017c592")]
    public void BodyMd5_IsHexMd5OfUtf8(string body, string md5) => Assert.Equal(md5, SqsChecksums.BodyMd5(body));

    [Fact]
    public void AttributesMd5_DependsOnNamesTypesAndValuesButNotOrder()
    {
        var a = new Dictionary<string, MessageAttributeValue> { ["b"] = new() { DataType = "String", StringValue = "x" }, ["a"] = new() { DataType = "Binary", BinaryValue = [1] } };
        var reordered = new Dictionary<string, MessageAttributeValue> { ["a"] = a["a"], ["b"] = a["b"] };
        var otherType = new Dictionary<string, MessageAttributeValue> { ["a"] = a["a"], ["b"] = new() { DataType = "Number", StringValue = "x" } };

        Assert.Equal(SqsChecksums.AttributesMd5(a), SqsChecksums.AttributesMd5(reordered));
        Assert.NotEqual(SqsChecksums.AttributesMd5(a), SqsChecksums.AttributesMd5(otherType));
    }
}
