using System.Text;
using System.Text.Json;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Sqs;

namespace BatchProvider.Lambda.Remediation;

/// <summary>
/// Carries out a stuck decision's action, literally: the decision has already said what to do (style rule 5).
/// Every action is safe to repeat — a duplicate event or a redelivered message runs it again without harm.
/// </summary>
internal sealed class JobActions(IBatchApi batch, ISqsApi sqs, RemediationSettings settings, TimeProvider time)
{
    private const int DescribeLimit = 100;

    /// <summary>Runs <paramref name="decision"/>'s action on <paramref name="job"/>; returns the detail for the outcome (the new job's id for Resubmit).</summary>
    public async Task<string?> RunAsync(StuckJobDecision decision, JobDetail job, string? resubmitTo, CancellationToken cancellationToken)
    {
        switch (decision.Action)
        {
            case StuckJobAction.Cancel:
                await batch.CancelJobAsync(new CancelJobRequest { JobId = decision.JobId, Reason = decision.Reason() }, cancellationToken);
                return null;
            case StuckJobAction.Terminate:
                await batch.TerminateJobAsync(new TerminateJobRequest { JobId = decision.JobId, Reason = decision.Reason() }, cancellationToken);
                return null;
            case StuckJobAction.Notify:
                await NotifyAsync(decision, job, cancellationToken);
                return null;
            case StuckJobAction.Resubmit:
                return await ResubmitAsync(decision, job, resubmitTo ?? throw new InvalidOperationException($"queue {decision.QueueArn} resubmits to a queue that does not exist (ResubmitTo)"), cancellationToken);
            default:
                throw new InvalidOperationException($"decision for {decision.JobId} has no action");
        }
    }

    // Submit first, cancel second: a crash in between leaves both jobs, and the next attempt finds the new one by its
    // marker tag (ListJobs by name on the target queue, then DescribeJobs) instead of submitting it again.
    private async Task<string> ResubmitAsync(StuckJobDecision decision, JobDetail job, string targetQueue, CancellationToken cancellationToken)
    {
        var existing = await FindResubmittedAsync(job, targetQueue, cancellationToken);
        var newId = existing ?? (await batch.SubmitJobAsync(ResubmitRequest.For(job, targetQueue), cancellationToken)).JobId
                    ?? throw new InvalidOperationException("SubmitJob returned no jobId");
        await batch.CancelJobAsync(new CancelJobRequest { JobId = decision.JobId, Reason = decision.Reason(resubmittedAs: newId) }, cancellationToken);
        return newId;
    }

    private async Task<string?> FindResubmittedAsync(JobDetail job, string targetQueue, CancellationToken cancellationToken)
    {
        var candidates = new List<string>();
        var filter = new KeyValuesPair { Name = "JOB_NAME", Values = [job.JobName ?? ""] };
        await foreach (var summary in batch.ListJobsAsync(new ListJobsRequest { JobQueue = targetQueue, Filters = [filter] }, cancellationToken))
            if (summary.JobId is { } id) candidates.Add(id);
        foreach (var chunk in candidates.Chunk(DescribeLimit))
        {
            var described = await batch.DescribeJobsAsync(new DescribeJobsRequest { Jobs = chunk }, cancellationToken);
            if (described.Jobs?.FirstOrDefault(j => j.Tags?.GetValueOrDefault(ResubmitRequest.MarkerTag) == job.JobId) is { JobId: { } found }) return found;
        }
        return null;
    }

    // The job is tagged after the message is sent, so a crash in between repeats the message rather than losing it.
    private async Task NotifyAsync(StuckJobDecision decision, JobDetail job, CancellationToken cancellationToken)
    {
        var url = settings.NotificationQueueUrl ?? throw new InvalidOperationException($"the Notify action needs {RemediationSettings.NotificationQueueUrlVariable}");
        await sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = NotificationBody(decision, time.GetUtcNow()) }, cancellationToken);
        if (job.JobArn is { } arn)
            await batch.TagResourceAsync(new TagResourceRequest { ResourceArn = arn, Tags = new Dictionary<string, string> { [ResubmitRequest.NotifiedTag] = decision.Cause?.WireName() ?? "NONE" } }, cancellationToken);
    }

    /// <summary>The Notify message: the decision as JSON.</summary>
    public static string NotificationBody(StuckJobDecision decision, DateTimeOffset at)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("source", RemediationTrigger.RecheckSource);
            json.WriteString("type", "StuckJob");
            json.WriteString("time", at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("jobId", decision.JobId);
            json.WriteString("jobName", decision.JobName);
            json.WriteString("jobQueue", decision.QueueArn);
            json.WriteNumber("runnableForSeconds", (long)decision.RunnableFor.TotalSeconds);
            json.WriteString("cause", decision.Cause?.WireName());
            json.WriteStartArray("evidence");
            foreach (var e in decision.Evidence) json.WriteStringValue(e);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
