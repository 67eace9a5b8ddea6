using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Sqs;
using BatchProvider.Lambda.Continuation;
using BatchProvider.Lambda.CustomResource;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Reconcile.Convergence;
using BatchProvider.Lambda.Remediation;

namespace BatchProvider.Lambda.Handler;

/// <summary>The composition root of the function: the handler wired to its outside systems, built once per process.</summary>
public static class FunctionComposition
{
    /// <summary>Wires the handler to <paramref name="batch"/>, <paramref name="sqs"/> and <paramref name="channel"/>.</summary>
    public static FunctionHandler Create(LambdaSettings settings, IBatchApi batch, ISqsApi sqs, IResponseChannel channel,
        IStuckJobRemediation remediation, ILogSink log, TimeProvider time, ProviderOptions? options = null)
    {
        options ??= new ProviderOptions();
        // A loopback Batch endpoint is an emulator (moto): its known gaps do not fail the convergence check.
        var target = settings.Aws.Batch.BaseUri.IsLoopback ? TargetKind.LocalEmulator : TargetKind.Aws;
        var provider = new BatchStackProvider(prefix => new Reconciler(batch, time, prefix, options.Apply), target, settings.NamePrefix, time, log, options);
        var queue = settings.ContinuationQueueUrl is { } url ? new SqsContinuationQueue(sqs, url) : null;
        var customResources = new CustomResourceHandler(provider, settings.ResponseUrls, channel, queue, log, options);
        return new FunctionHandler(customResources, remediation, log);
    }
}
