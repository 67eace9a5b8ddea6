using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using BatchProvider.Lambda.Aws.Configuration;

namespace BatchProvider.Lambda.Aws.Credentials;

/// <summary>
/// The standard AWS credential chain. Environment credentials (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>,
/// <c>AWS_SESSION_TOKEN</c> — what Lambda provides) are read from the injected environment; otherwise AWSSDK.Core's
/// default chain resolves them (profiles incl. SSO and credential_process, web identity, ECS/EKS container
/// credentials, EC2 IMDS). The SDK's credential objects cache and refresh themselves, so each call is cheap.
/// </summary>
public sealed class DefaultCredentialsProvider(IEnvironmentVariables environment) : ICredentialsProvider
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AWSCredentials? _sdkCredentials;

    /// <inheritdoc />
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        var accessKey = environment.Get("AWS_ACCESS_KEY_ID");
        var secretKey = environment.Get("AWS_SECRET_ACCESS_KEY");
        if (!string.IsNullOrEmpty(accessKey) && !string.IsNullOrEmpty(secretKey))
        {
            var token = environment.Get("AWS_SESSION_TOKEN");
            return new AwsCredentials(accessKey, secretKey, string.IsNullOrEmpty(token) ? null : token);
        }

        var sdk = await ResolveSdkCredentialsAsync(cancellationToken).ConfigureAwait(false);
        var immutable = await sdk.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return new AwsCredentials(immutable.AccessKey, immutable.SecretKey, immutable.UseToken ? immutable.Token : null, ExpirationOf(immutable));
    }

    private async Task<AWSCredentials> ResolveSdkCredentialsAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _sdkCredentials ??= await new DefaultAWSCredentialsIdentityResolver()
                .ResolveIdentityAsync(null!, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonClientException e)
        {
            throw new AwsConfigurationException(
                "No AWS credentials found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or run where an " +
                "instance or container role is available. " + e.Message, e);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static DateTimeOffset? ExpirationOf(ImmutableCredentials credentials) => credentials switch
    {
        AssumeRoleImmutableCredentials c => new DateTimeOffset(DateTime.SpecifyKind(c.Expiration, DateTimeKind.Utc)),
        SSOImmutableCredentials c => new DateTimeOffset(DateTime.SpecifyKind(c.Expiration, DateTimeKind.Utc)),
        _ => null,
    };
}
