namespace BatchProvider.Testing.Runtime;

/// <summary>One event as <see cref="LambdaRuntimeApiServer"/> hands it to the runtime on <c>GET /runtime/invocation/next</c>.</summary>
/// <param name="RequestId">Sent as <c>Lambda-Runtime-Aws-Request-Id</c>.</param>
/// <param name="Deadline">Sent as <c>Lambda-Runtime-Deadline-Ms</c> (Unix milliseconds).</param>
/// <param name="FunctionArn">Sent as <c>Lambda-Runtime-Invoked-Function-Arn</c>.</param>
/// <param name="TraceId">Sent as <c>Lambda-Runtime-Trace-Id</c>.</param>
/// <param name="Body">The event JSON.</param>
public sealed record RuntimeInvocation(string RequestId, DateTimeOffset Deadline, string FunctionArn, string TraceId, string Body)
{
    /// <summary>The function ARN every invocation carries unless a test gives its own.</summary>
    public const string DefaultFunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:batchprovider";

    /// <summary>An invocation with a fresh request id and trace id.</summary>
    public static RuntimeInvocation Of(string body, DateTimeOffset deadline)
    {
        var trace = Guid.NewGuid().ToString("N");
        return new(Guid.NewGuid().ToString(), deadline, DefaultFunctionArn, $"Root=1-{trace[..8]}-{trace[8..]};Sampled=0", body);
    }
}
