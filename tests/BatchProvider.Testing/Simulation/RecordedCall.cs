namespace BatchProvider.Testing.Simulation;

/// <summary>One call the <see cref="SimulatedBatch"/> received.</summary>
/// <param name="Operation">The Batch operation name, e.g. <c>DescribeComputeEnvironments</c>.</param>
/// <param name="Request">The request record as sent.</param>
/// <param name="At">Virtual time at which the call reached the service (after latency).</param>
/// <param name="Error">The error code it failed with, or null.</param>
public sealed record RecordedCall(string Operation, object Request, DateTimeOffset At, string? Error);
