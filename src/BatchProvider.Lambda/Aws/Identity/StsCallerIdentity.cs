using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.Sdk;

namespace BatchProvider.Lambda.Aws.Identity;

/// <summary>
/// <see cref="ICallerIdentity"/> through AWSSDK.SecurityToken, signed with our own credential provider so STS sees the
/// same key as every Batch call. GetCallerIdentity needs no permission, so any valid credentials answer.
/// </summary>
public sealed class StsCallerIdentity(ServiceEndpoint endpoint, ICredentialsProvider credentials, int maxAttempts) : ICallerIdentity
{
    /// <inheritdoc />
    public async Task<string> AccountIdAsync(CancellationToken cancellationToken)
    {
        using var sts = new AmazonSecurityTokenServiceClient(new ProviderCredentials(credentials),
            SdkClientConfig.For(new AmazonSecurityTokenServiceConfig(), endpoint, maxAttempts));
        try
        {
            var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken).ConfigureAwait(false);
            return identity.Account;
        }
        catch (AmazonServiceException e)
        {
            throw SdkErrors.From("sts", e, "GetCallerIdentityFailed");
        }
    }
}
