namespace BatchProvider.Lambda.CustomResource;

/// <summary>
/// The ResponseURL as logs may show it: scheme, host and path. Its query carries a presigned credential that lets
/// anyone forge the answer (https://github.com/anomalyco/sst/pull/3539), so it never appears.
/// </summary>
public static class ResponseUrlRedaction
{
    /// <summary><c>https://host/path</c> without query or fragment.</summary>
    public static string Redact(Uri url) => $"{url.Scheme}://{url.Authority}{url.AbsolutePath}";

    /// <summary>The same for text that may not even parse (then only a placeholder).</summary>
    public static string Redact(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? Redact(parsed) : "(unparseable ResponseURL)";
}
