namespace BatchProvider.Benchmarks.Reconcile;

/// <summary>One operation by one driver on one stack.</summary>
/// <param name="Stack">The stack's label.</param>
/// <param name="Operation">create, update (replacement) or delete.</param>
/// <param name="Driver">Who did the work.</param>
/// <param name="Wall">Virtual wall-clock time from the first call to the last.</param>
/// <param name="Calls">Batch API calls received by the service, throttled ones included.</param>
/// <param name="Throttled">Calls refused with TooManyRequestsException.</param>
/// <param name="Billed">Lambda-billed time; null when no Lambda of the user's runs (CloudFormation's own handlers).</param>
/// <param name="Note">Invocations, timeouts.</param>
public sealed record Measurement(string Stack, string Operation, string Driver, TimeSpan Wall, int Calls, int Throttled, TimeSpan? Billed, string Note);
