using System.Collections.Immutable;

namespace BatchProvider.Lambda.CustomResource;

/// <summary>
/// Which ResponseURLs the provider will PUT to. A real one is an https URL on an S3 host
/// (<c>cloudformation-custom-resource-response-&lt;region&gt;.s3[.-]&lt;region&gt;.amazonaws.com</c> and the like);
/// anything else is refused, because the answer would leak to, or be forged by, whoever owns that host.
/// <c>RESPONSE_URL_ALLOWED_HOSTS</c> (comma-separated <c>host[:port]</c>) admits more hosts, over http too, for local tests.
/// </summary>
public sealed record ResponseUrlPolicy(ImmutableArray<string> AllowedHosts)
{
    /// <summary>The environment variable that opens the policy for local endpoints.</summary>
    public const string Variable = "RESPONSE_URL_ALLOWED_HOSTS";

    /// <summary>Only S3 over https.</summary>
    public static ResponseUrlPolicy S3Only { get; } = new([]);

    /// <summary>Reads the comma-separated <c>host[:port]</c> list; blanks are ignored, hosts compare case-insensitively.</summary>
    public static ResponseUrlPolicy Parse(string? allowedHosts) =>
        new([.. (allowedHosts ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(h => h.ToLowerInvariant())]);

    /// <summary>The URL when it may be answered to, else null and why (without the URL's query).</summary>
    public (Uri? Url, string? Problem) Check(string responseUrl)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            return (null, "ResponseURL is not an absolute http(s) URL.");
        var authority = url.IsDefaultPort ? url.Host : $"{url.Host}:{url.Port}";
        if (AllowedHosts.Contains(authority.ToLowerInvariant()) || AllowedHosts.Contains(url.Host.ToLowerInvariant()) && url.IsDefaultPort)
            return (url, null);
        if (url.Scheme == "https" && IsS3Host(url.Host))
            return (url, null);
        return (null, $"ResponseURL {ResponseUrlRedaction.Redact(url)} is not https on an S3 host; allow other hosts with {Variable}=host[:port].");
    }

    private static bool IsS3Host(string host)
    {
        var h = host.ToLowerInvariant();
        if (!(h.EndsWith(".amazonaws.com", StringComparison.Ordinal) || h.EndsWith(".amazonaws.com.cn", StringComparison.Ordinal))) return false;
        return h.Split('.').Any(label => label == "s3" || label.StartsWith("s3-", StringComparison.Ordinal));
    }
}
