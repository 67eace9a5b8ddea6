namespace BatchProvider.Testing.CloudFormation;

/// <summary>The provider as the simulator sees it: an asynchronous invocation, and the continuations it left behind.</summary>
public interface ICustomResourceFunction
{
    /// <summary>Invokes the function with one event (CloudFormation invokes custom-resource Lambdas asynchronously).</summary>
    Task InvokeAsync(string eventJson);

    /// <summary>Delivers the continuations waiting on the queue, as the SQS event source would; false when none was waiting.</summary>
    Task<bool> ContinueAsync();
}
