using Amazon.Runtime;
using BatchProvider.Lambda.Aws.Configuration;

namespace BatchProvider.Lambda.Aws.Sdk;

/// <summary>
/// Points an AWS SDK client configuration at what <see cref="AwsSettings"/> resolved, and only there. AwsSettings is the
/// one settings source: it already applied <c>--endpoint</c>, <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>,
/// <c>AWS_ENDPOINT_URL</c>, <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c> and <c>AWS_MAX_ATTEMPTS</c>. Every value the
/// SDK would otherwise look up itself (environment, <c>~/.aws/config</c>) is set explicitly, so it cannot disagree.
/// </summary>
public static class SdkClientConfig
{
    /// <summary>Sets <paramref name="config"/> from <paramref name="endpoint"/> and <paramref name="maxAttempts"/>; returns it.</summary>
    public static T For<T>(T config, ServiceEndpoint endpoint, int maxAttempts) where T : ClientConfig
    {
        // An explicit ServiceURL wins over the SDK's own endpoint variables and profile keys; ignoring those as well
        // keeps the SDK from reading them at all.
        config.ServiceURL = endpoint.BaseUri.ToString();
        config.IgnoreConfiguredEndpointUrls = true;
        config.AuthenticationRegion = endpoint.Region;
        // AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT would make the endpoint rules reject our explicit URL.
        config.UseFIPSEndpoint = false;
        config.UseDualstackEndpoint = false;
        // The SDKs' standard mode, whatever AWS_RETRY_MODE or a profile says: what our own clients implement too.
        config.RetryMode = RequestRetryMode.Standard;
        config.MaxErrorRetry = Math.Max(0, maxAttempts - 1);
        return config;
    }
}
