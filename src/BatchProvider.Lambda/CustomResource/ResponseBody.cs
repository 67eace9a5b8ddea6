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

        var reason = response.Reason ?? "";
        var budget = Encoding.UTF8.GetByteCount(reason) - (body.Length - MaxBytes) - Encoding.UTF8.GetByteCount(CutMarker);
        while (true)
        {
            // JSON escaping can make the cut text longer than its byte count suggests; shrink until it fits.
            var cut = response with { Reason = Truncate(reason, Math.Max(budget, 0)) + CutMarker };
            var cutBody = Serialize(cut);
            if (cutBody.Length <= MaxBytes || budget <= 0) return (cutBody, cut);
            budget -= Math.Max(cutBody.Length - MaxBytes, 16);
        }
    }

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
