using System.Text.Json;
using System.Text.Json.Serialization;
using BatchProvider.Domain.BatchApi;

namespace BatchProvider.Lambda.Aws.Batch;

/// <summary>
/// The JSON metadata the Batch client reads and writes with: the generated <see cref="BatchApiJsonContext"/> plus a
/// lenient integer reader, because integral values sometimes arrive as <c>1.0</c> (moto's <c>container.vcpus</c>;
/// other AWS-compatible endpoints do the same) and one such field must not make a whole describe call fail.
/// </summary>
internal static class BatchJson
{
    /// <summary>The context to use for every Batch shape.</summary>
    public static readonly BatchApiJsonContext Context = new(new JsonSerializerOptions(BatchApiJsonContext.Default.Options)
    {
        Converters = { new LenientInt32Converter() },
    });

    private sealed class LenientInt32Converter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TryGetInt32(out var value))
            {
                return value;
            }

            var number = reader.GetDouble();
            return number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue
                ? (int)number
                : throw new JsonException($"{number} is not a whole number.");
        }

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
