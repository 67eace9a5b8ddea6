namespace BatchProvider.Domain.Observed;

/// <summary>One owned Batch resource as Describe* reports it now.</summary>
/// <typeparam name="TDetail">The Batch detail shape (<c>ComputeEnvironmentDetail</c>, <c>JobQueueDetail</c>, <c>SchedulingPolicyDetail</c> or <c>JobDefinition</c>).</typeparam>
/// <param name="Id">The spec Id from the <c>batchprovider:id</c> tag.</param>
/// <param name="Name">The Batch name (for a job definition the name without revision).</param>
/// <param name="Arn">The ARN (for a job definition the revision ARN).</param>
/// <param name="Detail">Everything Batch reported.</param>
public sealed record ObservedResource<TDetail>(string Id, string Name, string Arn, TDetail Detail);
