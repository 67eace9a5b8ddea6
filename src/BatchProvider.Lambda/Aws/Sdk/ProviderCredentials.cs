using Amazon.Runtime;
using BatchProvider.Lambda.Aws.Credentials;

namespace BatchProvider.Lambda.Aws.Sdk;

/// <summary>
/// Our <see cref="ICredentialsProvider"/> as the SDK's <see cref="AWSCredentials"/>, so an SDK client signs with exactly
/// the key our chain resolves (the same key as our own Batch and EventBridge clients). The SDK asks before signing every
/// request; we ask the provider each time instead of caching here, because the provider owns caching and refresh and
/// Lambda's credentials rotate while the process lives.
/// </summary>
public sealed class ProviderCredentials(ICredentialsProvider provider) : AWSCredentials
{
    /// <inheritdoc />
    public override ImmutableCredentials GetCredentials() =>
        ToSdk(provider.GetCredentialsAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult());

    /// <inheritdoc />
    public override async Task<ImmutableCredentials> GetCredentialsAsync() =>
        ToSdk(await provider.GetCredentialsAsync(CancellationToken.None).ConfigureAwait(false));

    private static ImmutableCredentials ToSdk(AwsCredentials key) => new(key.AccessKeyId, key.SecretAccessKey, key.SessionToken);
}
