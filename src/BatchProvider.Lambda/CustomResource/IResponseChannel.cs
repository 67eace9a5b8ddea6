namespace BatchProvider.Lambda.CustomResource;

/// <summary>
/// Where answers go: a PUT to the presigned ResponseURL in Lambda, a captured copy in the CLI and unit tests.
/// Throws when the answer could not be delivered after its retries.
/// </summary>
public interface IResponseChannel
{
    /// <summary>Delivers <paramref name="body"/> (already within 4,096 bytes) to <paramref name="responseUrl"/>.</summary>
    Task PutAsync(Uri responseUrl, byte[] body, CancellationToken cancellationToken);
}
