namespace BatchProvider.Testing.Runtime;

/// <summary>What the runtime posted for one invocation.</summary>
/// <param name="RequestId">The invocation's request id, from the URL path.</param>
/// <param name="Kind">A response, or an invocation error.</param>
/// <param name="Body">The posted body: the handler's response, or the error JSON.</param>
/// <param name="ErrorType">The <c>Lambda-Runtime-Function-Error-Type</c> header (errors only).</param>
public sealed record RuntimeAnswer(string RequestId, RuntimeAnswerKind Kind, string Body, string? ErrorType)
{
    /// <summary>The error's <c>errorType</c> and <c>errorMessage</c>, read from the JSON body; null for a response.</summary>
    public (string? Type, string? Message)? Error =>
        Kind == RuntimeAnswerKind.Error ? RuntimeErrorBody.Read(Body) : null;
}

/// <summary>Which endpoint the runtime answered on.</summary>
public enum RuntimeAnswerKind
{
    /// <summary><c>POST /runtime/invocation/{id}/response</c>.</summary>
    Response,

    /// <summary><c>POST /runtime/invocation/{id}/error</c>.</summary>
    Error,
}
