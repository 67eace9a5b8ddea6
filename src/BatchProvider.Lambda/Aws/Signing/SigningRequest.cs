namespace BatchProvider.Lambda.Aws.Signing;

/// <summary>
/// What SigV4 signs, independent of any HTTP stack: the method, the path and query exactly as they go on the wire
/// (already percent-encoded), the headers to sign and the body.
/// </summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Host">The Host header value (<c>host</c> or <c>host:port</c> when the port is not the default).</param>
/// <param name="EncodedPath">The wire path, e.g. <c>/v1/tags/arn%3Aaws%3A...</c>.</param>
/// <param name="EncodedQuery">The wire query without <c>?</c>, or empty.</param>
/// <param name="Headers">Headers to sign (besides host and the ones the signer adds); names in any case.</param>
/// <param name="Body">The request body (empty for none).</param>
public sealed record SigningRequest(
    string Method,
    string Host,
    string EncodedPath,
    string EncodedQuery,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    ReadOnlyMemory<byte> Body);
