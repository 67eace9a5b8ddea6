using BatchProvider.Domain.BatchApi;
using BatchProvider.Lambda.Aws.Batch;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>What the steps of one apply share: the client, the clock, the pollers, the stop token and the progress sink.</summary>
internal sealed class ApplyContext
{
    private readonly IProgress<ApplyEvent>? _progress;

    public ApplyContext(IBatchApi batch, TimeProvider time, ApplyOptions options, CancellationToken stop, IProgress<ApplyEvent>? progress)
    {
        Batch = batch;
        Time = time;
        Options = options;
        Stop = stop;
        _progress = progress;
        ComputeEnvironmentPoller = new StatusPoller<ComputeEnvironmentDetail>(
            names => batch.DescribeComputeEnvironmentsAsync(new DescribeComputeEnvironmentsRequest { ComputeEnvironments = names }),
            d => (d.ComputeEnvironmentName, d.ComputeEnvironmentArn, d.Status, d.StatusReason), time, options);
        JobQueuePoller = new StatusPoller<JobQueueDetail>(
            names => batch.DescribeJobQueuesAsync(new DescribeJobQueuesRequest { JobQueues = names }),
            d => (d.JobQueueName, d.JobQueueArn, d.Status, d.StatusReason), time, options);
    }

    public IBatchApi Batch { get; }
    public TimeProvider Time { get; }
    public ApplyOptions Options { get; }

    /// <summary>Fires at the deadline minus the safety margin, or on the caller's cancellation.</summary>
    public CancellationToken Stop { get; }

    public StatusPoller<ComputeEnvironmentDetail> ComputeEnvironmentPoller { get; }
    public StatusPoller<JobQueueDetail> JobQueuePoller { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    public void Report(ApplyEvent e) => _progress?.Report(e);

    /// <summary>Waits <paramref name="delay"/>; false when the stop token fired first.</summary>
    public async Task<bool> DelayAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, Time, Stop);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
