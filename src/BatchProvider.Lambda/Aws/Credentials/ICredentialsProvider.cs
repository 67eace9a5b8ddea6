namespace BatchProvider.Lambda.Aws.Credentials;

/// <summary>
/// Supplies the credentials to sign one request with. Called before every signing, so an implementation must cache
/// and refresh temporary credentials itself (the AWS SDK's providers do).
/// </summary>
public interface ICredentialsProvider
{
    /// <summary>Current, unexpired credentials.</summary>
    ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken);
}
