using BatchProvider.Lambda.Continuation;
using BatchProvider.Lambda.Logging;

namespace BatchProvider.Lambda.CustomResource;

/// <summary>
/// Carries a request to exactly one answer: checks the ResponseURL before any work, runs a pass, and either PUTs the
/// answer or persists the continuation. A pass that throws is retried through the continuation queue and, after
/// <see cref="ProviderOptions.MaxErrors"/> in a row (or with no queue), answered FAILED: CloudFormation never waits for
/// an answer that will not come.
/// </summary>
public sealed class CustomResourceHandler(
    BatchStackProvider provider,
    ResponseUrlPolicy urlPolicy,
    IResponseChannel channel,
    IContinuationQueue? queue,
    ILogSink log,
    ProviderOptions options)
{
    /// <summary>A request straight from CloudFormation.</summary>
    public Task HandleRequestAsync(CustomResourceRequest request, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        log.Write(LogEvent.Of(LogLevel.Info, "cfn.request",
            ("requestType", request.RequestType), ("stackId", request.StackId), ("cfnRequestId", request.RequestId),
            ("logicalResourceId", request.LogicalResourceId), ("physicalResourceId", request.PhysicalResourceId),
            ("responseUrl", ResponseUrlRedaction.Redact(request.ResponseUrl))));
        return RunAsync(provider.Start(request), deadline, cancellationToken);
    }

    /// <summary>
    /// A continuation from the queue. <paramref name="receiveCount"/> is SQS's ApproximateReceiveCount: a message the
    /// function died on <see cref="ProviderOptions.MaxReceives"/> times is poison and its request is answered FAILED.
    /// </summary>
    public Task HandleContinuationAsync(ContinuationMessage state, int receiveCount, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        log.Write(LogEvent.Of(LogLevel.Info, "cfn.continuation",
            ("requestType", state.Request.RequestType), ("cfnRequestId", state.Request.RequestId), ("phase", state.Phase.ToString()),
            ("passes", state.Passes), ("receiveCount", receiveCount)));
        if (receiveCount >= options.MaxReceives)
            return AnswerAsync(state.Request.ResponseUrl, provider.Crash(state, $"The request's continuation was delivered {receiveCount} times without finishing; giving up."), cancellationToken);
        return RunAsync(state, deadline, cancellationToken);
    }

    private async Task RunAsync(ContinuationMessage state, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        if (urlPolicy.Check(state.Request.ResponseUrl) is { Url: null, Problem: var problem })
        {
            // Nobody to answer: a forged or misrouted request must not make us touch Batch.
            log.Write(LogEvent.Of(LogLevel.Error, "cfn.response_url.refused", ("cfnRequestId", state.Request.RequestId), ("problem", problem)));
            return;
        }

        ProviderOutcome outcome;
        try
        {
            outcome = await provider.PassAsync(state, deadline, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var errors = state.Errors + 1;
            log.Write(LogEvent.Of(LogLevel.Error, "cfn.pass.error", ("cfnRequestId", state.Request.RequestId), ("errors", errors),
                ("error", e.GetType().Name), ("message", e.Message)));
            outcome = errors >= options.MaxErrors || queue is null
                ? provider.Crash(state, $"{state.Request.RequestType} failed unexpectedly ({e.GetType().Name}: {e.Message}).")
                : new ProviderOutcome.Continue(state with { Errors = errors, Passes = state.Passes + 1 });
        }

        switch (outcome)
        {
            case ProviderOutcome.Answer answer:
                await AnswerAsync(state.Request.ResponseUrl, answer, cancellationToken);
                break;
            case ProviderOutcome.Continue { Next: var next } when queue is null:
                await AnswerAsync(state.Request.ResponseUrl, provider.Crash(next, "The request needs more than one invocation and no continuation queue is configured (CONTINUATION_QUEUE_URL)."), cancellationToken);
                break;
            case ProviderOutcome.Continue { Next: var next }:
                await queue.ScheduleAsync(next, options.ContinuationDelay, cancellationToken);
                log.Write(LogEvent.Of(LogLevel.Info, "cfn.continue", ("cfnRequestId", next.Request.RequestId), ("phase", next.Phase.ToString()), ("passes", next.Passes)));
                break;
        }
    }

    private async Task AnswerAsync(string responseUrl, ProviderOutcome.Answer answer, CancellationToken cancellationToken)
    {
        var (body, sent) = ResponseBody.Encode(answer.Response);
        var (url, problem) = urlPolicy.Check(responseUrl);
        log.Write(LogEvent.Of(sent.Status == CustomResourceResponse.Succeeded ? LogLevel.Info : LogLevel.Warn, "cfn.answer",
            ("cfnRequestId", sent.RequestId), ("status", sent.Status), ("physicalResourceId", sent.PhysicalResourceId),
            ("reason", sent.Reason), ("bytes", body.Length), ("dataKeys", sent.Data?.Count ?? 0)));
        if (url is null)
        {
            log.Write(LogEvent.Of(LogLevel.Error, "cfn.response_url.refused", ("cfnRequestId", sent.RequestId), ("problem", problem)));
            return;
        }
        await channel.PutAsync(url, body, cancellationToken);
    }
}
