using System.Net.Http.Headers;
using System.Text.Json;

namespace BatchProvider.Lambda.Aws.Http;

/// <summary>
/// Turns an error answer of a JSON-protocol service (rest-json, JSON 1.0/1.1) into an <see cref="AwsServiceException"/>.
/// The code comes from <c>x-amzn-ErrorType</c> (text before ':'), else the body's <c>__type</c> (text after '#'), else
/// <c>code</c>/<c>Code</c>; SQS's JSON protocol additionally sends the legacy query code in <c>x-amzn-query-error</c>
/// ("AWS.SimpleQueueService.NonExistentQueue;Sender"), which is the one its documentation lists, so it wins.
/// </summary>
public static class AwsErrorReader
{
    /// <summary>Reads the error of an answer with status <paramref name="statusCode"/>.</summary>
    public static AwsServiceException Read(string service, int statusCode, HttpResponseHeaders headers, ReadOnlySpan<byte> body)
    {
        string? bodyType = null, bodyCode = null, message = null;
        if (!body.IsEmpty)
        {
            try
            {
                var reader = new Utf8JsonReader(body);
                if (JsonDocument.TryParseValue(ref reader, out var document))
                {
                    using (document)
                    {
                        if (document.RootElement.ValueKind == JsonValueKind.Object)
                        {
                            foreach (var property in document.RootElement.EnumerateObject())
                            {
                                if (property.Value.ValueKind != JsonValueKind.String)
                                {
                                    continue;
                                }

                                switch (property.Name)
                                {
                                    case "__type": bodyType = property.Value.GetString(); break;
                                    case "code" or "Code": bodyCode = property.Value.GetString(); break;
                                    case "message" or "Message" or "errorMessage": message = property.Value.GetString(); break;
                                }
                            }
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // A proxy or load balancer answered with HTML or text: fall through to the status-based code.
            }
        }

        var code = QueryErrorCode(headers) ?? HeaderValue(headers, "x-amzn-ErrorType")?.Split(':')[0]
            ?? bodyType?.Split('#')[^1] ?? bodyCode ?? StatusCodeName(statusCode);
        message ??= body.IsEmpty ? "(no message)" : System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 512)]);
        var requestId = HeaderValue(headers, "x-amzn-RequestId") ?? HeaderValue(headers, "x-amz-request-id");
        return new AwsServiceException(service, code.Trim(), message, statusCode, requestId);
    }

    private static string? QueryErrorCode(HttpResponseHeaders headers) =>
        HeaderValue(headers, "x-amzn-query-error") is { } value && value.Split(';')[0] is { Length: > 0 } code ? code : null;

    private static string? HeaderValue(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static string StatusCodeName(int statusCode) => statusCode switch
    {
        429 => "TooManyRequestsException",
        503 => "ServiceUnavailable",
        _ => $"Http{statusCode}",
    };
}
