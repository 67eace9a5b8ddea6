namespace BatchProvider.Lambda.Aws.Http;

/// <summary>A successful answer.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Body">The body bytes (possibly empty).</param>
/// <param name="RequestId">The AWS request id, when the service sent one.</param>
public sealed record AwsResponse(int StatusCode, byte[] Body, string? RequestId);
