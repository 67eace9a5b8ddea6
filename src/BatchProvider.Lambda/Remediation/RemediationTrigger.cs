using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BatchProvider.Lambda.Remediation;

/// <summary>
/// What one remediation-queue message asks for: look at job <see cref="JobId"/> of queue <see cref="JobQueue"/>.
/// Messages are EventBridge <c>aws.batch</c> events (<c>Batch Job State Change</c> with status RUNNABLE, <c>Batch Job
/// Queue Blocked</c>) or a re-check this remediation scheduled itself, shaped like an event
/// (<see cref="RecheckDetailType"/>) so one reader handles all three.
/// </summary>
/// <param name="JobId">The job.</param>
/// <param name="JobQueue">Its queue's ARN (events carry the ARN).</param>
/// <param name="RunnableSince">When the job became RUNNABLE (a state-change event's time); null for a blocked-queue event, whose time says nothing about that.</param>
public sealed record RemediationTrigger(string JobId, string JobQueue, DateTimeOffset? RunnableSince)
{
    /// <summary>The detail-type of a re-check message.</summary>
    public const string RecheckDetailType = "BatchProvider Stuck Job Recheck";

    /// <summary>The source of a re-check message.</summary>
    public const string RecheckSource = "batchprovider.remediation";

    /// <summary>
    /// The trigger in <paramref name="body"/>; null (with <paramref name="ignored"/> saying why) for a message that
    /// asks for nothing: another status, another detail-type, or not JSON. Such a message is dropped, not retried.
    /// </summary>
    public static RemediationTrigger? Parse(string body, out string? ignored)
    {
        ignored = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var type = String(root, "detail-type");
            if (!root.TryGetProperty("detail", out var detail) || detail.ValueKind != JsonValueKind.Object)
            {
                ignored = "the message has no detail object";
                return null;
            }
            var (jobId, queue) = (String(detail, "jobId"), String(detail, "jobQueue"));
            if (jobId is null || queue is null)
            {
                ignored = "the event's detail has no jobId or jobQueue";
                return null;
            }
            switch (type)
            {
                case "Batch Job State Change":
                    if (String(detail, "status") != "RUNNABLE")
                    {
                        ignored = $"status is {String(detail, "status") ?? "missing"}, not RUNNABLE";
                        return null;
                    }
                    return new(jobId, queue, DateTimeOffset.TryParse(String(root, "time"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null);
                case "Batch Job Queue Blocked":
                    return new(jobId, queue, null);
                case RecheckDetailType:
                    return new(jobId, queue, detail.TryGetProperty("runnableSince", out var s) && s.TryGetInt64(out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
                default:
                    ignored = $"detail-type \"{type}\" is not one remediation handles";
                    return null;
            }
        }
        catch (JsonException e)
        {
            ignored = $"the message is not JSON ({e.Message})";
            return null;
        }
    }

    /// <summary>The body of a re-check message for this trigger.</summary>
    public string RecheckBody()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("source", RecheckSource);
            json.WriteString("detail-type", RecheckDetailType);
            json.WriteStartObject("detail");
            json.WriteString("jobId", JobId);
            json.WriteString("jobQueue", JobQueue);
            if (RunnableSince is { } since) json.WriteNumber("runnableSince", since.ToUnixTimeMilliseconds());
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
