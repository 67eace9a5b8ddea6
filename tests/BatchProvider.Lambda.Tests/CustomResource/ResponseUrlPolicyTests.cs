using BatchProvider.Lambda.CustomResource;

namespace BatchProvider.Lambda.Tests.CustomResource;

/// <summary>
/// <see cref="ResponseUrlPolicy"/> answers only to https on S3 hosts, unless <c>RESPONSE_URL_ALLOWED_HOSTS</c> names
/// the host (and port): then http is admitted for exactly that host.
/// </summary>
public sealed class ResponseUrlPolicyTests
{
    private const string Query = "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20261203%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Signature=deadbeefcafe";

    public static TheoryData<string?, string, bool> Rows => new()
    {
        // S3, https: the regional and legacy forms CloudFormation has used.
        { null, "https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com/arn%3Aaws/stack/x" + Query, true },
        { null, "https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/x" + Query, true },
        { null, "https://s3-eu-west-1.amazonaws.com/cloudformation-custom-resource-response-euwest1/x" + Query, true },
        { null, "https://cloudformation-custom-resource-response-cnnorth1.s3.cn-north-1.amazonaws.com.cn/x" + Query, true },
        { null, "HTTPS://CLOUDFORMATION-CUSTOM-RESOURCE-RESPONSE-USEAST1.S3.AMAZONAWS.COM/x", true },
        // S3 over http, and hosts that only look like S3.
        { null, "http://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/x" + Query, false },
        { null, "https://s3.amazonaws.com.attacker.example/x", false },
        { null, "https://s3.amazonaws.com@attacker.example/x", false },
        { null, "https://sqs.eu-west-1.amazonaws.com/x", false },
        { null, "https://example.com/s3.amazonaws.com/x", false },
        { null, "http://127.0.0.1:5000/x" + Query, false },
        // Not an http(s) URL at all.
        { null, "ftp://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/x", false },
        { null, "file:///etc/passwd", false },
        { null, "/relative/path", false },
        { null, "", false },
        // RESPONSE_URL_ALLOWED_HOSTS: host:port admits that port only, a bare host the default port only, http too.
        { "127.0.0.1:5000", "http://127.0.0.1:5000/bucket/key" + Query, true },
        { "127.0.0.1:5000", "https://127.0.0.1:5000/bucket/key", true },
        { "127.0.0.1:5000", "http://127.0.0.1:5001/bucket/key", false },
        { "127.0.0.1:5000", "http://127.0.0.1/bucket/key", false },
        { "localhost", "http://localhost/bucket/key", true },
        { "localhost", "http://localhost:80/bucket/key", true },
        { "localhost", "http://localhost:8080/bucket/key", false },
        { " Moto.Local:4566 , other:1 ", "http://moto.local:4566/k", true },
        { "moto.local:4566", "http://moto.local.attacker.example:4566/k", false },
        { "127.0.0.1:5000", "https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/x", true },
        { ",,", "http://127.0.0.1:5000/x", false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Check_AdmitsHttpsOnS3AndTheListedHostsOnly(string? allowedHosts, string url, bool admitted)
    {
        var (checkedUrl, problem) = ResponseUrlPolicy.Parse(allowedHosts).Check(url);

        Assert.Equal(admitted, checkedUrl is not null);
        Assert.Equal(admitted, problem is null);
    }

    [Fact]
    public void Check_OfARefusedUrl_SaysWhyAndHowToAllowItWithoutTheQuery()
    {
        var (_, problem) = ResponseUrlPolicy.S3Only.Check("http://127.0.0.1:5000/bucket/key" + Query);

        Assert.Equal("ResponseURL http://127.0.0.1:5000/bucket/key is not https on an S3 host; allow other hosts with RESPONSE_URL_ALLOWED_HOSTS=host[:port].", problem);
    }

    [Fact]
    public void Check_OfSomethingThatIsNotAUrl_SaysSo() =>
        Assert.Equal("ResponseURL is not an absolute http(s) URL.", ResponseUrlPolicy.S3Only.Check("not a url" + Query).Problem);
}
