namespace BatchProvider.Lambda.Handler;

/// <summary>An event that is neither a CloudFormation request, an SQS batch nor a scheduled event.</summary>
public sealed class UnrecognisedEventException(string message) : Exception(message);
