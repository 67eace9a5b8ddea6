using BatchProvider.Lambda.Aws.Signing;

namespace BatchProvider.Lambda.Tests.Aws.Signing;

public sealed class SigV4CanonicalFormTests
{
    [Theory]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("/v1/createjobqueue", "/v1/createjobqueue")]
    [InlineData("/a//b/./c/../d/", "/a/b/d/")]
    [InlineData("/..", "/")]
    [InlineData("/v1/tags/arn%3Aaws%2Fq", "/v1/tags/arn%253Aaws%252Fq")]
    [InlineData("/~user/a b", "/~user/a%20b")]
    public void CanonicalPath_NormalisesThenEncodesAgain(string wirePath, string canonical) =>
        Assert.Equal(canonical, SigV4Signer.CanonicalPath(wirePath));

    [Theory]
    [InlineData("", "")]
    [InlineData("b=2&a=1", "a=1&b=2")]
    [InlineData("tagKeys=z&tagKeys=a", "tagKeys=a&tagKeys=z")]
    [InlineData("flag&a=", "a=&flag=")]
    [InlineData("B=1&a=1", "B=1&a=1")] // ordinal: upper case sorts first
    public void CanonicalQuery_SortsPairsByKeyThenValue(string wireQuery, string canonical) =>
        Assert.Equal(canonical, SigV4Signer.CanonicalQuery(wireQuery));

    [Theory]
    [InlineData("AZaz09-_.~", "", "AZaz09-_.~")]
    [InlineData("a b/c:d", "", "a%20b%2Fc%3Ad")]
    [InlineData("a b/c:d", "/", "a%20b/c%3Ad")]
    [InlineData("é+%", "", "%C3%A9%2B%25")]
    public void Encode_KeepsOnlyUnreservedAndTheGivenSafeCharacters(string value, string safe, string encoded) =>
        Assert.Equal(encoded, AwsUriEncoding.Encode(value, safe));
}
