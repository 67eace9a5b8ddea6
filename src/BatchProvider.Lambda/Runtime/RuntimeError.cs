namespace BatchProvider.Lambda.Runtime;

/// <summary>An error as the Runtime API takes it (<c>{"errorMessage":...,"errorType":...}</c>).</summary>
/// <param name="ErrorType">A short type name, e.g. the exception's.</param>
/// <param name="ErrorMessage">What went wrong.</param>
public sealed record RuntimeError(string ErrorType, string ErrorMessage)
{
    /// <summary>The error for an exception (its type name and message; no stack trace leaves the process).</summary>
    public static RuntimeError From(Exception exception) => new(exception.GetType().Name, exception.Message);
}
