namespace BatchProvider.Lambda.Runtime;

/// <summary>One invocation as the Runtime API hands it out.</summary>
/// <param name="RequestId">Lambda's request id (<c>Lambda-Runtime-Aws-Request-Id</c>).</param>
/// <param name="Deadline">When Lambda stops the function (<c>Lambda-Runtime-Deadline-Ms</c>); the budget every pass works within.</param>
/// <param name="InvokedFunctionArn">The function ARN (<c>Lambda-Runtime-Invoked-Function-Arn</c>), when given.</param>
/// <param name="Body">The event JSON.</param>
public sealed record InvocationRequest(string RequestId, DateTimeOffset Deadline, string? InvokedFunctionArn, string Body);
