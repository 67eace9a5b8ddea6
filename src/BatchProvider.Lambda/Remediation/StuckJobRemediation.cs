using System.Collections.Concurrent;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Sqs;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Remediation.Metrics;

namespace BatchProvider.Lambda.Remediation;

/// <summary>
/// Stuck-job remediation: finds RUNNABLE jobs of owned queues (a message names one; a sweep lists them all), has the
/// Domain decide (<see cref="StuckJobDiagnosis"/>), and runs the queue's action. Only queues carrying the ownership
/// tags and a <see cref="StuckJobsTag"/> policy are ever touched.
/// </summary>
public sealed class StuckJobRemediation : IStuckJobRemediation
{
    /// <summary>SQS's longest message delay; longer thresholds are re-delayed in steps.</summary>
    public const int MaxDelaySeconds = 900;

    // An action is not started this close to the invocation's deadline: it may need a few calls and their retries.
    private static readonly TimeSpan DeadlineMargin = TimeSpan.FromSeconds(10);
    private const int DescribeLimit = 100;
    private const string Runnable = "RUNNABLE";

    private readonly IBatchApi _batch;
    private readonly ISqsApi _sqs;
    private readonly RemediationSettings _settings;
    private readonly ILogSink _log;
    private readonly TimeProvider _time;
    private readonly JobActions _actions;
    private readonly DecisionRecorder _recorder;

    // While an SQS batch is open (BeginBatch), its messages share the catalog the first of them loaded.
    private bool _batchOpen;
    private QueueCatalog? _batchCatalog;

    private StuckJobRemediation(IBatchApi batch, ISqsApi sqs, RemediationSettings settings, ILogSink log, TimeProvider time, IMetricSink metrics)
    {
        (_batch, _sqs, _settings, _log, _time) = (batch, sqs, settings, log, time);
        _actions = new JobActions(batch, sqs, settings, time);
        _recorder = new DecisionRecorder(log, metrics);
    }

    /// <summary>The remediation over these clients. Metrics go to <paramref name="metrics"/>, by default EMF lines on standard output (where Lambda picks them up).</summary>
    public static StuckJobRemediation Create(IBatchApi batch, ISqsApi sqs, RemediationSettings settings, ILogSink log, TimeProvider time, IMetricSink? metrics = null) =>
        new(batch, sqs, settings, log, time, metrics ?? new EmfMetricSink(Console.Out, time));

    /// <inheritdoc />
    public async Task HandleMessageAsync(string body, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        if (RemediationTrigger.Parse(body, out var ignored) is not { } trigger)
        {
            _log.Write(LogEvent.Of(LogLevel.Info, "remediation.message_ignored", ("reason", ignored)));
            return;
        }
        var catalog = _batchOpen
            ? _batchCatalog ??= await QueueCatalog.LoadAsync(_batch, _log, cancellationToken)
            : await QueueCatalog.LoadAsync(_batch, _log, cancellationToken);
        if (catalog.Find(trigger.JobQueue) is not { } queue)
        {
            _log.Write(LogEvent.Of(LogLevel.Info, "remediation.message_ignored", ("jobId", trigger.JobId), ("reason", $"queue {trigger.JobQueue} is not owned by a BatchStack or has no StuckJobs policy")));
            return;
        }
        var now = _time.GetUtcNow();
        // Not due yet by the event's own clock: wait without a single Batch call.
        if (trigger.RunnableSince is { } since && Remaining(queue, since, now) is var early && early > TimeSpan.Zero)
        {
            await RecheckAsync(trigger, early, cancellationToken);
            return;
        }
        var job = (await _batch.DescribeJobsAsync(new DescribeJobsRequest { Jobs = [trigger.JobId] }, cancellationToken)).Jobs?.FirstOrDefault();
        if (job is null)
        {
            _log.Write(LogEvent.Of(LogLevel.Info, "remediation.message_ignored", ("jobId", trigger.JobId), ("reason", "DescribeJobs does not know the job (expired or never existed)")));
            return;
        }
        var view = await catalog.ViewAsync(queue, null, cancellationToken);
        var decision = StuckJobDiagnosis.Decide(job, view, trigger.RunnableSince, now);
        RemediationOutcome outcome;
        if (decision.Verdict == StuckVerdict.NotYet)
        {
            var wait = TimeSpan.FromSeconds(queue.Policy.AfterSeconds) - decision.RunnableFor;
            await RecheckAsync(trigger, wait, cancellationToken);
            outcome = new(decision, ActionStatus.Rechecking, $"{(int)Math.Ceiling(wait.TotalSeconds)}s");
        }
        else outcome = await ActAsync(decision, job, catalog, queue, SweepOptions.Default, deadline, cancellationToken, rethrow: true);
        _recorder.Record(outcome, queue.Name);
        // Out of time: fail the message so SQS delivers it again rather than dropping a due action.
        if (outcome.Status == ActionStatus.Deferred) throw new TimeoutException($"the invocation's deadline came before the action on {decision.JobId}");
    }

    /// <inheritdoc />
    public IDisposable BeginBatch()
    {
        (_batchOpen, _batchCatalog) = (true, null);
        return new BatchScope(this);
    }

    /// <inheritdoc />
    public Task SweepAsync(DateTimeOffset deadline, CancellationToken cancellationToken) => RunSweepAsync(SweepOptions.Default, deadline, cancellationToken);

    /// <summary>
    /// One sweep over every RUNNABLE job of every owned queue with a policy (of <see cref="SweepOptions.Stack"/> only,
    /// when set): ListJobs per queue, DescribeJobs 100 ids a call, then the actions in parallel (at most
    /// <see cref="RemediationSettings.Concurrency"/> at once). With <see cref="SweepOptions.DryRun"/> nothing is changed.
    /// Jobs younger than the threshold are not even described. Every described job's outcome is returned, logged and
    /// counted. The Lambda's schedule and <c>batchstack remediate</c> both run this.
    /// </summary>
    public async Task<IReadOnlyList<RemediationOutcome>> RunSweepAsync(SweepOptions options, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var catalog = await QueueCatalog.LoadAsync(_batch, _log, cancellationToken);
        var outcomes = new ConcurrentQueue<RemediationOutcome>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _settings.Concurrency, CancellationToken = cancellationToken };
        foreach (var queue in catalog.Queues.Where(q => options.Stack is null || q.Stack == options.Stack))
        {
            var now = _time.GetUtcNow();
            var summaries = await _batch.ListJobsAsync(new ListJobsRequest { JobQueue = queue.Arn, JobStatus = Runnable }, cancellationToken).ToListAsync(cancellationToken);
            var dueBefore = (now - TimeSpan.FromSeconds(queue.Policy.AfterSeconds)).ToUnixTimeMilliseconds();
            // createdAt is no later than the moment a job became RUNNABLE, so a job created after dueBefore cannot be due.
            var due = summaries.Where(s => s.CreatedAt is not { } c || c <= dueBefore).Select(s => s.JobId).OfType<string>().ToList();
            if (due.Count == 0) continue;
            var reasons = summaries.Where(s => s.JobArn is not null).GroupBy(s => s.JobArn!).ToDictionary(g => g.Key, g => g.First().StatusReason);
            var view = await catalog.ViewAsync(queue, reasons, cancellationToken);
            var jobs = new ConcurrentQueue<JobDetail>();
            await Parallel.ForEachAsync(due.Chunk(DescribeLimit), parallel, async (chunk, ct) =>
            {
                foreach (var j in (await _batch.DescribeJobsAsync(new DescribeJobsRequest { Jobs = chunk }, ct)).Jobs ?? []) jobs.Enqueue(j);
            });
            await Parallel.ForEachAsync(jobs, parallel, async (job, ct) =>
            {
                var decision = StuckJobDiagnosis.Decide(job, view, null, now);
                var outcome = await ActAsync(decision, job, catalog, queue, options, deadline, ct, rethrow: false);
                _recorder.Record(outcome, queue.Name);
                outcomes.Enqueue(outcome);
            });
        }
        return [.. outcomes];
    }

    private async Task<RemediationOutcome> ActAsync(StuckJobDecision decision, JobDetail job, QueueCatalog catalog, OwnedQueue queue, SweepOptions options, DateTimeOffset deadline, CancellationToken cancellationToken, bool rethrow)
    {
        if (decision.Action is null) return new(decision, ActionStatus.None, null);
        if (options.DryRun) return new(decision, ActionStatus.DryRun, null);
        if (decision.Action == StuckJobAction.Notify && _settings.NotificationQueueUrl is null && options.ReportNotifyWithoutQueue)
            return new(decision, ActionStatus.DryRun, SweepOptions.NotifyNotSent);
        if (_time.GetUtcNow() > deadline - DeadlineMargin) return new(decision, ActionStatus.Deferred, "deadline");
        try
        {
            var detail = await _actions.RunAsync(decision, job, catalog.ResubmitTarget(queue), cancellationToken);
            return new(decision, ActionStatus.Done, detail);
        }
        catch (Exception e) when (!rethrow && e is AwsServiceException or InvalidOperationException or HttpRequestException)
        {
            // One job's failure never stops the sweep; the next sweep tries again.
            return new(decision, ActionStatus.Failed, e.Message);
        }
    }

    private static TimeSpan Remaining(OwnedQueue queue, DateTimeOffset since, DateTimeOffset now) => TimeSpan.FromSeconds(queue.Policy.AfterSeconds) - (now - since);

    // SQS delays at most 15 minutes; a longer wait is several hops, each landing back here and checking again.
    private async Task RecheckAsync(RemediationTrigger trigger, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (_settings.RemediationQueueUrl is not { } url)
        {
            _log.Write(LogEvent.Of(LogLevel.Info, "remediation.recheck_skipped", ("jobId", trigger.JobId), ("reason", $"{RemediationSettings.RemediationQueueUrlVariable} is not set; the sweep will check the job")));
            return;
        }
        var delay = (int)Math.Clamp(Math.Ceiling(wait.TotalSeconds), 1, MaxDelaySeconds);
        await _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = trigger.RecheckBody(), DelaySeconds = delay }, cancellationToken);
        _log.Write(LogEvent.Of(LogLevel.Info, "remediation.recheck", ("jobId", trigger.JobId), ("delaySeconds", delay), ("remainingSeconds", (long)wait.TotalSeconds)));
    }

    private sealed class BatchScope(StuckJobRemediation owner) : IDisposable
    {
        public void Dispose() => (owner._batchOpen, owner._batchCatalog) = (false, null);
    }
}
