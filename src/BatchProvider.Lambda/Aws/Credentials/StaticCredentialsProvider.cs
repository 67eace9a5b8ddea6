namespace BatchProvider.Lambda.Aws.Credentials;

/// <summary>Always the same credentials: tests, moto, and explicit keys.</summary>
public sealed class StaticCredentialsProvider(AwsCredentials credentials) : ICredentialsProvider
{
    /// <inheritdoc />
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(credentials);
}
