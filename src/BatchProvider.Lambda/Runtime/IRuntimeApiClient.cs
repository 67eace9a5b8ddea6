namespace BatchProvider.Lambda.Runtime;

/// <summary>
/// The Lambda Runtime API (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html), in the shape of
/// Amazon.Lambda.RuntimeSupport's client, so that package can replace <see cref="RuntimeApiClient"/> in one file.
/// </summary>
public interface IRuntimeApiClient
{
    /// <summary>Blocks until the next invocation arrives (<c>GET /runtime/invocation/next</c>).</summary>
    Task<InvocationRequest> GetNextInvocationAsync(CancellationToken cancellationToken);

    /// <summary>Posts the handler's result (<c>POST /runtime/invocation/{id}/response</c>).</summary>
    Task SendResponseAsync(string requestId, InvocationResponse response, CancellationToken cancellationToken);

    /// <summary>Reports a failed invocation (<c>POST /runtime/invocation/{id}/error</c>).</summary>
    Task ReportInvocationErrorAsync(string requestId, RuntimeError error, CancellationToken cancellationToken);

    /// <summary>Reports that the function could not start (<c>POST /runtime/init/error</c>); Lambda then stops it.</summary>
    Task ReportInitializationErrorAsync(RuntimeError error, CancellationToken cancellationToken);
}
