using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;

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
        var key = await credentials.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        AWSCredentials sdkCredentials = key.SessionToken is { } token
            ? new SessionAWSCredentials(key.AccessKeyId, key.SecretAccessKey, token)
            : new BasicAWSCredentials(key.AccessKeyId, key.SecretAccessKey);
        var config = new AmazonSecurityTokenServiceConfig
        {
            ServiceURL = endpoint.BaseUri.ToString(),
            AuthenticationRegion = endpoint.Region,
            MaxErrorRetry = Math.Max(0, maxAttempts - 1),
        };
        using var sts = new AmazonSecurityTokenServiceClient(sdkCredentials, config);
        try
        {
            var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken).ConfigureAwait(false);
            return identity.Account;
        }
        catch (AmazonServiceException e)
        {
            throw new AwsServiceException("sts", e.ErrorCode ?? "GetCallerIdentityFailed", e.Message, (int)e.StatusCode, e.RequestId);
        }
    }
}
