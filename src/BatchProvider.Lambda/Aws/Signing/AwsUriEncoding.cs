using System.Text;

namespace BatchProvider.Lambda.Aws.Signing;

/// <summary>
/// Percent-encoding exactly as botocore does it: RFC 3986 unreserved characters (<c>A-Z a-z 0-9 - _ . ~</c>) stay,
/// every other UTF-8 byte becomes <c>%XX</c> with upper-case hex. Used both to build request URIs (path labels, query
/// strings) and to canonicalise them for SigV4, so the two can never disagree.
/// </summary>
public static class AwsUriEncoding
{
    /// <summary>Encodes <paramref name="value"/>; characters in <paramref name="alsoSafe"/> are left as they are.</summary>
    public static string Encode(string value, string alsoSafe = "")
    {
        var builder = new StringBuilder(value.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (IsUnreserved(c) || (b < 0x80 && alsoSafe.Contains(c)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Builds a query string (without <c>?</c>) from pairs, encoding keys and values.</summary>
    public static string Query(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join('&', pairs.Select(p => $"{Encode(p.Key)}={Encode(p.Value)}"));

    private static bool IsUnreserved(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~';

    private const string Hex = "0123456789ABCDEF";
}
