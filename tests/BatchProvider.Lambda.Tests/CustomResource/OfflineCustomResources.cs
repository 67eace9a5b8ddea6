using BatchProvider.Lambda.CustomResource;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Reconcile.Convergence;
using BatchProvider.Lambda.Tests.Aws.Fakes;
using BatchProvider.Testing.Simulation;
using BatchProvider.Testing.Time;

namespace BatchProvider.Lambda.Tests.CustomResource;

/// <summary>
/// The production <see cref="CustomResourceHandler"/> on a simulated Batch, answering into a recording channel,
/// without a continuation queue: for tests of what happens before and around a pass, not of reconciling.
/// </summary>
internal sealed class OfflineCustomResources
{
    public OfflineCustomResources(ResponseUrlPolicy? urls = null)
    {
        Batch = new SimulatedBatch(Clock, new SimulatedBatchOptions { ApiLatency = TimeSpan.Zero });
        var options = new ProviderOptions();
        var provider = new BatchStackProvider(arn => new Reconciler(Batch, Clock, arn), TargetKind.Aws, null, Clock, Log, options);
        Handler = new CustomResourceHandler(provider, urls ?? ResponseUrlPolicy.S3Only, Channel, null, Log, options);
    }

    public ManualClock Clock { get; } = new(DateTimeOffset.Parse("2026-12-03T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    public SimulatedBatch Batch { get; }

    public RecordingLogSink Log { get; } = new();

    public RecordingResponseChannel Channel { get; } = new();

    public CustomResourceHandler Handler { get; }
}
