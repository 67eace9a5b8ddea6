namespace BatchProvider.Domain.BatchApi;

/// <summary>One Batch REST-JSON operation: its name (used in logs and errors) and its HTTP route.</summary>
/// <param name="Name">The API operation name, e.g. <c>CreateComputeEnvironment</c>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="RequestUri">The route template; <c>{resourceArn}</c> is filled from the request.</param>
public sealed record BatchOperation(string Name, string Method, string RequestUri);
