namespace BatchProvider.Testing.CloudFormation;

/// <summary>One request the simulator sent and the answer it got.</summary>
/// <param name="RequestType">Create, Update or Delete.</param>
/// <param name="RequestId">The request id.</param>
/// <param name="PhysicalResourceId">The id sent with the request (Update, Delete).</param>
/// <param name="Answer">What came back.</param>
/// <param name="Passes">Continuations delivered before the answer arrived.</param>
public sealed record CfnExchange(string RequestType, string RequestId, string? PhysicalResourceId, CfnAnswer Answer, int Passes);
