namespace BatchProvider.Lambda.Runtime;

/// <summary>The handler's result: the JSON posted to the Runtime API's response endpoint.</summary>
/// <param name="Body">The response JSON (<c>{}</c> when there is nothing to say).</param>
public sealed record InvocationResponse(string Body)
{
    /// <summary>The empty JSON object.</summary>
    public static InvocationResponse Empty { get; } = new("{}");
}
