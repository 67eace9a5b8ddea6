using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace BatchProvider.Lambda.Aws.Sqs;

/// <summary>
/// SQS's integrity digests, checked as the AWS SDKs check them: MD5 of the body, and MD5 of the message attributes
/// in SQS's documented encoding (per attribute, sorted by name: length-prefixed name, length-prefixed data type,
/// a transport byte 1 for String/Number or 2 for Binary, length-prefixed value; lengths are 4-byte big-endian).
/// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-attributes-md5-message-digest-calculation
/// MD5 is SQS's choice for detecting corruption in transit; it is not used as a security control.
/// </summary>
public static class SqsChecksums
{
    /// <summary>The hex MD5 of a message body.</summary>
    public static string BodyMd5(string body) => Md5(Encoding.UTF8.GetBytes(body));

    /// <summary>The hex MD5 of a set of message attributes.</summary>
    public static string AttributesMd5(IReadOnlyDictionary<string, MessageAttributeValue> attributes)
    {
        using var buffer = new MemoryStream();
        foreach (var (name, value) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            WriteLengthPrefixed(buffer, Encoding.UTF8.GetBytes(name));
            WriteLengthPrefixed(buffer, Encoding.UTF8.GetBytes(value.DataType));
            if (value.BinaryValue is { } binary)
            {
                buffer.WriteByte(2);
                WriteLengthPrefixed(buffer, binary);
            }
            else
            {
                buffer.WriteByte(1);
                WriteLengthPrefixed(buffer, Encoding.UTF8.GetBytes(value.StringValue ?? ""));
            }
        }

        return Md5(buffer.ToArray());
    }

    /// <summary>Throws when <paramref name="actual"/> (the service's digest) is present and differs from <paramref name="expected"/>.</summary>
    public static void Verify(string what, string expected, string? actual, string? messageId)
    {
        if (actual is not null && !string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
        {
            throw new AwsServiceException("sqs", "ChecksumMismatch",
                $"MD5 of the {what} of message {messageId} is {actual}, expected {expected}: the message was altered in transit.", 200, null);
        }
    }

    private static void WriteLengthPrefixed(Stream stream, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        stream.Write(length);
        stream.Write(bytes);
    }

#pragma warning disable CA5351 // See the class remarks: an integrity digest chosen by SQS.
    private static string Md5(byte[] data) => Convert.ToHexStringLower(MD5.HashData(data));
#pragma warning restore CA5351
}
