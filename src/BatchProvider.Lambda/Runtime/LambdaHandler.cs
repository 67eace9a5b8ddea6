namespace BatchProvider.Lambda.Runtime;

/// <summary>The function: one event in, one response out; an exception becomes an invocation error.</summary>
public delegate Task<InvocationResponse> LambdaHandler(InvocationRequest request, CancellationToken cancellationToken);
