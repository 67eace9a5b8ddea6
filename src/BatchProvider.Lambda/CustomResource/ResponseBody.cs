using System.Text;
using System.Text.Json;

namespace BatchProvider.Lambda.CustomResource;

/// <summary>
/// Serialises an answer within CloudFormation's 4,096-byte limit (over it CloudFormation reports "Response object is
/// too long" instead of our answer). A long Reason is cut at a UTF-8 character boundary with a marker; a SUCCESS whose
/// Data cannot fit becomes a FAILED that says so, because a silently partial Data would break <c>Fn::GetAtt</c> later.
/// </summary>
public static class ResponseBody
{
    /// <summary>CloudFormation's limit on the whole body.</summary>
    public const int MaxBytes = 4096;

    private const string CutMarker = " …(cut)";

    /// <summary>The UTF-8 body to PUT, and the response it encodes (which may differ from <paramref name="response"/>).</summary>
    public static (byte[] Body, CustomResourceResponse Sent) Encode(CustomResourceResponse response)
    {
        var body = Serialize(response);
        if (body.Length <= MaxBytes) return (body, response);

        if (response.Data is { Count: > 0 } data)
        {
            var withoutData = response with
            {
                Status = CustomResourceResponse.Failed,
                Data = null,
                Reason = $"The answer would be {body.Length} bytes, over CloudFormation's {MaxBytes}: Data holds {data.Count} ARNs. " +
                         "Split the BatchStack into smaller ones, or shorten the Ids.",
            };
            return Encode(withoutData);
        }

        // Search the longest cut that fits: the JSON escapes (\u00E9 for é, \uD83D\uDE00 for an emoji) make the body up to
        // six times the Reason's UTF-8 size, so no byte count taken before serialising predicts it.
        var reason = response.Reason ?? "";
        var (fits, tooLong) = (-1, Encoding.UTF8.GetByteCount(reason) + 1);
        while (tooLong - fits > 1)
        {
            var middle = fits + (tooLong - fits) / 2;
            if (Serialize(Cut(response, reason, middle)).Length <= MaxBytes) fits = middle;
            else tooLong = middle;
        }
        var sent = Cut(response, reason, Math.Max(fits, 0));
        return (Serialize(sent), sent);
    }

    private static CustomResourceResponse Cut(CustomResourceResponse response, string reason, int maxBytes) =>
        response with { Reason = Truncate(reason, maxBytes) + CutMarker };

    /// <summary>The longest prefix of <paramref name="text"/> of at most <paramref name="maxBytes"/> UTF-8 bytes, never splitting a character.</summary>
    public static string Truncate(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes) return text;
        var bytes = 0;
        var end = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > maxBytes) break;
            bytes += rune.Utf8SequenceLength;
            end += rune.Utf16SequenceLength;
        }
        return text[..end];
    }

    /// <summary>Reads a body <see cref="Encode"/> wrote (the CLI reads the answer it captured); throws <see cref="JsonException"/> on anything else.</summary>
    public static CustomResourceResponse Decode(byte[] body) =>
        JsonSerializer.Deserialize(body, CustomResourceJsonContext.Default.CustomResourceResponse)
        ?? throw new JsonException("The answer body is null.");

    private static byte[] Serialize(CustomResourceResponse response) =>
        JsonSerializer.SerializeToUtf8Bytes(response, CustomResourceJsonContext.Default.CustomResourceResponse);
}
