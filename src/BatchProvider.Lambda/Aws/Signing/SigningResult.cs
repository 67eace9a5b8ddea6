namespace BatchProvider.Lambda.Aws.Signing;

/// <summary>The result of signing: the headers to add to the request, and the intermediate strings for diagnostics.</summary>
/// <param name="HeadersToAdd">x-amz-date, x-amz-content-sha256, x-amz-security-token (when a session token is present) and Authorization.</param>
/// <param name="CanonicalRequest">The SigV4 canonical request.</param>
/// <param name="StringToSign">The SigV4 string to sign.</param>
/// <param name="Signature">The hex signature.</param>
public sealed record SigningResult(
    IReadOnlyList<KeyValuePair<string, string>> HeadersToAdd,
    string CanonicalRequest,
    string StringToSign,
    string Signature);
