using BatchProvider.Lambda.Logging;

namespace BatchProvider.Lambda.Runtime;

/// <summary>
/// The custom-runtime loop (the 2020 shape of RuntimeSupport's <c>LambdaBootstrap</c>): get the next invocation, call
/// the handler, post its response or its error, repeat. One bad invocation never ends the loop; only cancellation does.
/// </summary>
public sealed class LambdaBootstrap(IRuntimeApiClient client, LambdaHandler handler, ILogSink log)
{
    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await InvokeOnceAsync(cancellationToken);
        }
    }

    /// <summary>Reports a start-up failure to the init-error endpoint.</summary>
    public static async Task ReportInitializationErrorAsync(IRuntimeApiClient client, Exception exception, ILogSink log, CancellationToken cancellationToken)
    {
        log.Write(LogEvent.Of(LogLevel.Error, "runtime.init.error", ("error", exception.GetType().Name), ("message", exception.Message)));
        await client.ReportInitializationErrorAsync(RuntimeError.From(exception), cancellationToken);
    }

    /// <summary>Handles exactly one invocation.</summary>
    public async Task InvokeOnceAsync(CancellationToken cancellationToken)
    {
        var invocation = await client.GetNextInvocationAsync(cancellationToken);
        RequestScopedLogSink.Enter(invocation.RequestId);
        try
        {
            InvocationResponse response;
            try
            {
                response = await handler(invocation, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                log.Write(LogEvent.Of(LogLevel.Error, "runtime.invocation.error", ("error", e.GetType().Name), ("message", e.Message)));
                await client.ReportInvocationErrorAsync(invocation.RequestId, RuntimeError.From(e), cancellationToken);
                return;
            }
            await client.SendResponseAsync(invocation.RequestId, response, cancellationToken);
        }
        finally
        {
            RequestScopedLogSink.Enter(null);
        }
    }
}
