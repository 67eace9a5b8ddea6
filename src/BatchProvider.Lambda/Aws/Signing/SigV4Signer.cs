using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BatchProvider.Lambda.Aws.Credentials;

namespace BatchProvider.Lambda.Aws.Signing;

/// <summary>
/// AWS Signature Version 4 for non-S3 services, byte-for-byte as botocore's <c>SigV4Auth</c> computes it
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html). AWSSDK.Core's
/// <c>AWS4Signer</c> only signs its internal <c>IRequest</c>, so it cannot sign a plain <c>HttpRequestMessage</c>.
/// Non-S3 quirk: the canonical URI is the wire path encoded once more, so a path label such as an ARN, already
/// encoded on the wire (<c>arn%3Aaws</c>), is double-encoded in the canonical request (<c>arn%253Aaws</c>).
/// Like the .NET SDK, the payload hash is also sent as <c>x-amz-content-sha256</c> and signed.
/// </summary>
public static class SigV4Signer
{
    /// <summary>Headers botocore never signs (hop-by-hop headers, and ones proxies add or rewrite), plus the
    /// Authorization header itself, which a re-signed retry replaces.</summary>
    private static readonly HashSet<string> Unsigned =
    [
        "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id", "authorization",
    ];

    /// <summary>Signs <paramref name="request"/> for <paramref name="service"/> in <paramref name="region"/> at <paramref name="now"/>.</summary>
    public static SigningResult Sign(SigningRequest request, AwsCredentials credentials, string region, string service, DateTimeOffset now)
    {
        var timestamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = timestamp[..8];
        var payloadHash = Convert.ToHexStringLower(SHA256.HashData(request.Body.Span));

        var added = new List<KeyValuePair<string, string>>
        {
            new("X-Amz-Date", timestamp),
            new("X-Amz-Content-SHA256", payloadHash),
        };
        if (!string.IsNullOrEmpty(credentials.SessionToken))
        {
            added.Add(new("X-Amz-Security-Token", credentials.SessionToken));
        }

        var headers = CanonicalHeaders(request, added);
        var signedHeaders = string.Join(';', headers.Keys);
        var canonicalRequest = string.Join('\n',
            request.Method.ToUpperInvariant(),
            CanonicalPath(request.EncodedPath),
            CanonicalQuery(request.EncodedQuery),
            string.Concat(headers.Select(h => $"{h.Key}:{h.Value}\n")),
            signedHeaders,
            payloadHash);

        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = string.Join('\n',
            "AWS4-HMAC-SHA256", timestamp, scope, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretAccessKey), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        var signature = Convert.ToHexStringLower(Hmac(key, stringToSign));

        added.Add(new("Authorization",
            $"AWS4-HMAC-SHA256 Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}"));
        return new SigningResult(added, canonicalRequest, stringToSign, signature);
    }

    /// <summary>Removes dot segments and empty segments (botocore <c>remove_dot_segments</c>), then encodes once more keeping '/' and '~'.</summary>
    internal static string CanonicalPath(string encodedPath)
    {
        if (encodedPath.Length == 0)
        {
            return "/";
        }

        var output = new List<string>();
        foreach (var segment in encodedPath.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }

                continue;
            }

            output.Add(segment);
        }

        var first = encodedPath[0] == '/' ? "/" : "";
        var last = encodedPath[^1] == '/' && output.Count > 0 ? "/" : "";
        return AwsUriEncoding.Encode(first + string.Join('/', output) + last, "/~");
    }

    /// <summary>The wire query's pairs sorted by (key, value) in ordinal order, as botocore does for a URL query.</summary>
    internal static string CanonicalQuery(string encodedQuery)
    {
        if (encodedQuery.Length == 0)
        {
            return "";
        }

        var pairs = encodedQuery.Split('&')
            .Select(pair =>
            {
                var eq = pair.IndexOf('=');
                return eq < 0 ? (Key: pair, Value: "") : (Key: pair[..eq], Value: pair[(eq + 1)..]);
            })
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(p => $"{p.Key}={p.Value}"));
    }

    private static SortedDictionary<string, string> CanonicalHeaders(SigningRequest request, IEnumerable<KeyValuePair<string, string>> added)
    {
        var values = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Headers.Concat(added))
        {
            var lower = name.ToLowerInvariant();
            if (Unsigned.Contains(lower))
            {
                continue;
            }

            if (!values.TryGetValue(lower, out var list))
            {
                values[lower] = list = [];
            }

            list.Add(TrimAll(value));
        }

        if (!values.ContainsKey("host"))
        {
            values["host"] = [request.Host];
        }

        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, list) in values)
        {
            result[name] = string.Join(',', list);
        }

        return result;
    }

    /// <summary>Trims and collapses runs of whitespace to one space (Python's <c>' '.join(value.split())</c>).</summary>
    private static string TrimAll(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
