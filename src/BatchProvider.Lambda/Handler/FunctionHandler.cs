using System.Text.Json;
using BatchProvider.Lambda.Continuation;
using BatchProvider.Lambda.CustomResource;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Remediation;
using BatchProvider.Lambda.Runtime;

namespace BatchProvider.Lambda.Handler;

/// <summary>
/// The one Lambda handler, routing by the event's shape: a CloudFormation custom-resource request; an SQS batch
/// (continuations, recognised by their marker, to the custom-resource handler; every other message to remediation),
/// answered with a partial batch failure response; an EventBridge scheduled event (a remediation sweep).
/// </summary>
public sealed class FunctionHandler(CustomResourceHandler customResources, IStuckJobRemediation remediation, ILogSink log)
{
    /// <summary>Handles one invocation.</summary>
    public async Task<InvocationResponse> HandleAsync(InvocationRequest invocation, CancellationToken cancellationToken)
    {
        using var document = ParseObject(invocation.Body);
        var root = document.RootElement;
        if (root.TryGetProperty("RequestType", out _) && root.TryGetProperty("ResponseURL", out _))
        {
            var request = root.Deserialize(CustomResourceJsonContext.Default.CustomResourceRequest)!;
            await customResources.HandleRequestAsync(request, invocation.Deadline, cancellationToken);
            return InvocationResponse.Empty;
        }

        if (root.TryGetProperty("Records", out var records) && records.ValueKind == JsonValueKind.Array)
        {
            var sqs = root.Deserialize(HandlerJsonContext.Default.SqsEvent)!;
            var failures = new List<SqsBatchItemFailure>();
            using var batch = remediation.BeginBatch();
            foreach (var record in sqs.Records)
            {
                if (!await HandleMessageAsync(record, invocation.Deadline, cancellationToken)) failures.Add(new SqsBatchItemFailure(record.MessageId));
            }
            return new InvocationResponse(JsonSerializer.Serialize(new SqsBatchResponse(failures), HandlerJsonContext.Default.SqsBatchResponse));
        }

        if (root.TryGetProperty("detail-type", out var detailType) && detailType.ValueKind == JsonValueKind.String && detailType.GetString() == "Scheduled Event")
        {
            await remediation.SweepAsync(invocation.Deadline, cancellationToken);
            return InvocationResponse.Empty;
        }

        throw new UnrecognisedEventException("The event is neither a CloudFormation request, an SQS batch nor a scheduled event.");
    }

    /// <summary>True when the message is done with; false to have SQS deliver it again.</summary>
    private async Task<bool> HandleMessageAsync(SqsEventRecord record, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        try
        {
            if (SqsContinuationQueue.IsContinuation(record.Body))
            {
                await customResources.HandleContinuationAsync(SqsContinuationQueue.Read(record.Body), record.ReceiveCount, deadline, cancellationToken);
            }
            else
            {
                await remediation.HandleMessageAsync(record.Body, deadline, cancellationToken);
            }
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Redelivered by SQS, and after the queue's redrive limit moved to its dead-letter queue: never dropped.
            log.Write(LogEvent.Of(LogLevel.Error, "sqs.message.failed", ("messageId", record.MessageId), ("error", e.GetType().Name), ("message", e.Message)));
            return false;
        }
    }

    private static JsonDocument ParseObject(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new UnrecognisedEventException($"The event is not JSON: {e.Message}");
        }
        if (document.RootElement.ValueKind == JsonValueKind.Object) return document;
        document.Dispose();
        throw new UnrecognisedEventException("The event is not a JSON object.");
    }
}
