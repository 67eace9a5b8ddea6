using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SQS;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Sdk;

namespace BatchProvider.Lambda.Tests.Aws.Sdk;

public sealed class SdkClientConfigTests
{
    public static TheoryData<ClientConfig, string, int, int> Rows => new()
    {
        // config, endpoint, AWS_MAX_ATTEMPTS, expected MaxErrorRetry
        { new AmazonSQSConfig(), "http://127.0.0.1:5000/", 3, 2 },
        { new AmazonSQSConfig(), "https://sqs.eu-west-1.amazonaws.com/", 1, 0 },
        { new AmazonSecurityTokenServiceConfig(), "https://sts.cn-north-1.amazonaws.com.cn/", 5, 4 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void For_TakesEndpointRegionAndAttemptsFromOurSettingsAndNothingFromTheEnvironment(ClientConfig config, string endpoint, int maxAttempts, int retries)
    {
        var settings = new ServiceEndpoint(new Uri(endpoint), "eu-central-1", "sqs");

        SdkClientConfig.For(config, settings, maxAttempts);

        Assert.Equal((endpoint, "eu-central-1", retries, RequestRetryMode.Standard), (config.ServiceURL, config.AuthenticationRegion, config.MaxErrorRetry, config.RetryMode));
        Assert.Equal((true, false, false), (config.IgnoreConfiguredEndpointUrls, config.UseFIPSEndpoint, config.UseDualstackEndpoint));
    }
}
