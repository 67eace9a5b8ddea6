using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.CustomResource;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Reconcile.Convergence;

namespace BatchProvider.Cli.Protocol;

/// <summary>
/// The Lambda's custom-resource handler, composed as <c>FunctionComposition</c> composes it but run in this process:
/// the answer is captured (<see cref="CapturedResponseChannel"/>) and continuations wait in memory
/// (<see cref="InProcessContinuationQueue"/>) and are delivered here after their delay, the way SQS delivers them to
/// the Lambda. So <c>deploy</c> and <c>destroy</c> validate, apply, judge convergence and answer with the very code a
/// stack's requests go through.
/// </summary>
internal sealed class LocalCustomResource
{
    /// <summary>
    /// Each invocation's budget: Lambda's own maximum, so an operation that fits one Lambda invocation takes one pass
    /// here too. The default is 15 minutes.
    /// </summary>
    public static readonly TimeSpan DefaultInvocationBudget = TimeSpan.FromMinutes(15);

    private readonly CustomResourceHandler _handler;
    private readonly CapturedResponseChannel _channel = new();
    private readonly InProcessContinuationQueue _queue = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _invocationBudget;

    /// <summary>Composes the handler on <paramref name="batch"/>; <paramref name="progress"/> receives every step event.</summary>
    public LocalCustomResource(IBatchApi batch, TargetKind target, ProviderOptions options, TimeProvider time, ILogSink log, IProgress<ApplyEvent> progress,
        TimeSpan? invocationBudget = null)
    {
        _time = time;
        _invocationBudget = invocationBudget ?? DefaultInvocationBudget;
        var provider = new BatchStackProvider(prefix => new Reconciler(batch, time, prefix, options.Apply), target, namePrefix: null, time, log, options, progress);
        _handler = new CustomResourceHandler(provider, LocalRequest.UrlPolicy, _channel, _queue, log, options);
    }

    /// <summary>Invocations so far (the first request and each continuation).</summary>
    public int Invocations { get; private set; }

    /// <summary>
    /// Sends <paramref name="request"/> and delivers its continuations until it is answered. Null when
    /// <paramref name="until"/> ended an invocation that still left a continuation: the request is in progress, what
    /// exists stays in Batch, and sending it again continues from there (the next pass observes afresh).
    /// </summary>
    /// <param name="onContinue">Told before each continuation is delivered, with the invocation number it starts.</param>
    public async Task<CustomResourceResponse?> RunAsync(CustomResourceRequest request, DateTimeOffset until, Action<int>? onContinue, CancellationToken cancellationToken)
    {
        var deadline = InvocationDeadline(until);
        Invocations++;
        await _handler.HandleRequestAsync(request, deadline, cancellationToken);
        while (_channel.Answer is null)
        {
            // The handler either answers or leaves a continuation; neither would be a bug in it.
            var (next, delay) = _queue.Take() ?? throw new InvalidOperationException($"Request {request.RequestId} was neither answered nor continued.");
            if (deadline >= until) return null;
            onContinue?.Invoke(Invocations + 1);
            await Task.Delay(delay, _time, cancellationToken);
            deadline = InvocationDeadline(until);
            Invocations++;
            // Delivered once each: unlike SQS, nothing here can die between receiving and finishing a message.
            await _handler.HandleContinuationAsync(next, receiveCount: 1, deadline, cancellationToken);
        }
        return _channel.Answer;
    }

    private DateTimeOffset InvocationDeadline(DateTimeOffset until)
    {
        var budget = _time.GetUtcNow() + _invocationBudget;
        return budget < until ? budget : until;
    }
}
