namespace BatchProvider.Lambda.Aws.Http;

/// <summary>One AWS call as the protocol layer hands it to the transport.</summary>
/// <param name="Operation">The API operation name, for logs and errors.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="EncodedPath">The path below the endpoint, already percent-encoded (see <see cref="Signing.AwsUriEncoding"/>).</param>
/// <param name="EncodedQuery">The query without '?', already encoded; empty for none.</param>
/// <param name="Body">The body; null for none (GET/DELETE).</param>
/// <param name="ContentType">The body's content type, e.g. <c>application/json</c>.</param>
/// <param name="Target">The <c>X-Amz-Target</c> header of JSON-RPC protocols (SQS, EventBridge), or null.</param>
public sealed record AwsRequest(
    string Operation,
    HttpMethod Method,
    string EncodedPath,
    string EncodedQuery,
    byte[]? Body,
    string? ContentType,
    string? Target = null);
