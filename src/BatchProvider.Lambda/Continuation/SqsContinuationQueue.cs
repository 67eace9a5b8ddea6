using System.Text.Json;
using BatchProvider.Lambda.Aws.Sqs;

namespace BatchProvider.Lambda.Continuation;

/// <summary>The continuation queue on SQS: one delayed message per unfinished request (DelaySeconds 0–900).</summary>
public sealed class SqsContinuationQueue(ISqsApi sqs, Uri queueUrl) : IContinuationQueue
{
    /// <summary>SQS's largest DelaySeconds.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(900);

    /// <inheritdoc />
    public Task ScheduleAsync(ContinuationMessage message, TimeSpan delay, CancellationToken cancellationToken) =>
        sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = queueUrl.ToString(),
            MessageBody = JsonSerializer.Serialize(message, ContinuationJsonContext.Default.ContinuationMessage),
            DelaySeconds = (int)Math.Clamp(Math.Ceiling(delay.TotalSeconds), 0, MaxDelay.TotalSeconds),
        }, cancellationToken);

    /// <summary>True when <paramref name="body"/> is a JSON object carrying our marker (readable or not).</summary>
    public static bool IsContinuation(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("BatchProviderContinuation", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads a marked body; throws <see cref="JsonException"/> when it does not hold a whole message.</summary>
    public static ContinuationMessage Read(string body) =>
        JsonSerializer.Deserialize(body, ContinuationJsonContext.Default.ContinuationMessage)
        ?? throw new JsonException("The continuation message is null.");
}
