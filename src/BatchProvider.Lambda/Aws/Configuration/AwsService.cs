namespace BatchProvider.Lambda.Aws.Configuration;

/// <summary>
/// One AWS service as this project talks to it: the SigV4 signing name, the endpoint prefix and the suffix of its
/// <c>AWS_ENDPOINT_URL_*</c> variable (the service id upper-cased with spaces as underscores).
/// </summary>
/// <param name="SigningName">The SigV4 service name, e.g. <c>batch</c>, <c>events</c>.</param>
/// <param name="EndpointPrefix">The host prefix of the regional endpoint.</param>
/// <param name="EnvironmentSuffix">The suffix of <c>AWS_ENDPOINT_URL_&lt;suffix&gt;</c>.</param>
public sealed record AwsService(string SigningName, string EndpointPrefix, string EnvironmentSuffix)
{
    /// <summary>AWS Batch.</summary>
    public static readonly AwsService Batch = new("batch", "batch", "BATCH");

    /// <summary>Amazon SQS.</summary>
    public static readonly AwsService Sqs = new("sqs", "sqs", "SQS");

    /// <summary>Amazon EventBridge (service id "EventBridge", endpoint prefix and signing name "events").</summary>
    public static readonly AwsService EventBridge = new("events", "events", "EVENTBRIDGE");

    /// <summary>AWS STS (the caller's account, from GetCallerIdentity).</summary>
    public static readonly AwsService Sts = new("sts", "sts", "STS");

    /// <summary>The public regional endpoint, e.g. <c>https://batch.eu-west-1.amazonaws.com</c>.</summary>
    public Uri RegionalEndpoint(string region) =>
        new($"https://{EndpointPrefix}.{region}.{(region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com")}");
}
