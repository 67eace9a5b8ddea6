namespace BatchProvider.Lambda.Aws.Credentials;

/// <summary>
/// The <paramref name="primary"/> chain, or <paramref name="fallback"/> when the chain has no credentials at all. Meant
/// for a local emulator only (which accepts any key): against AWS a missing credential must stay an error.
/// </summary>
public sealed class FallbackCredentialsProvider(ICredentialsProvider primary, AwsCredentials fallback) : ICredentialsProvider
{
    /// <inheritdoc />
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await primary.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AwsConfigurationException)
        {
            return fallback;
        }
    }
}
