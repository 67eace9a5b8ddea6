using System.Globalization;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Lambda.CustomResource;

namespace BatchProvider.Cli.Protocol;

/// <summary>
/// The CloudFormation requests <c>deploy</c> and <c>destroy</c> send through the Lambda's handler: what a stack named
/// <see cref="StackName"/> would send for the file's one BatchStack, with the file's properties exactly as
/// CloudFormation delivers them (<see cref="ResourcePropertiesWriter"/>). The StackId carries the target's partition,
/// region and account, as a real stack's does, so the handler derives the same ARN prefix the target has. The
/// ResponseURL's host is under <c>.invalid</c> (RFC 2606), which never resolves: the answer can only be captured.
/// </summary>
internal static class LocalRequest
{
    /// <summary>The stack name in every id the CLI's requests produce.</summary>
    public const string StackName = "batchstack-cli";

    /// <summary>The logical id of a bare spec, which has none of its own.</summary>
    public const string BareSpecLogicalId = "BatchStack";

    private const string ResponseHost = "batchstack-cli.invalid";

    /// <summary>The policy that admits the CLI's ResponseURL, and nothing else.</summary>
    public static ResponseUrlPolicy UrlPolicy { get; } = ResponseUrlPolicy.Parse(ResponseHost);

    /// <summary>
    /// Create when the stack owns nothing yet, else Update. CloudFormation knows which from its own records; the CLI
    /// keeps none, so the ownership tags in Batch are its memory. Either way the provider plans from what Batch reports,
    /// so the choice only decides which id a FAILED answer carries, exactly as in a stack. OldResourceProperties repeats
    /// the new ones: the CLI does not know the previous file, and the provider decides nothing from them.
    /// </summary>
    public static CustomResourceRequest Deploy(BatchStackResource resource, string name, string arnPrefix, bool exists, DateTimeOffset now)
    {
        var properties = ResourcePropertiesWriter.ToJson(resource.Properties);
        return exists
            ? Request("Update", resource, arnPrefix, now) with { ResourceProperties = properties, OldResourceProperties = properties, PhysicalResourceId = PhysicalResourceId(resource, name) }
            : Request("Create", resource, arnPrefix, now) with { ResourceProperties = properties };
    }

    /// <summary>Delete, with the PhysicalResourceId the provider issues for the file's Name.</summary>
    public static CustomResourceRequest Destroy(BatchStackResource resource, string name, string arnPrefix, DateTimeOffset now) =>
        Request("Delete", resource, arnPrefix, now) with
        {
            ResourceProperties = ResourcePropertiesWriter.ToJson(resource.Properties),
            PhysicalResourceId = PhysicalResourceId(resource, name),
        };

    /// <summary>The id the provider answers for the BatchStack named <paramref name="name"/>.</summary>
    public static string PhysicalResourceId(BatchStackResource resource, string name) => new PhysicalId(StackName, LogicalId(resource), name).ToString();

    private static CustomResourceRequest Request(string type, BatchStackResource resource, string arnPrefix, DateTimeOffset now) => new()
    {
        RequestType = type,
        ResponseUrl = $"https://{ResponseHost}/answer",
        StackId = StackId(arnPrefix),
        RequestId = $"{StackName}-{now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}",
        ResourceType = "Custom::BatchStack",
        LogicalResourceId = LogicalId(resource),
    };

    private static string LogicalId(BatchStackResource resource) => resource.LogicalId ?? BareSpecLogicalId;

    /// <summary><c>arn:{partition}:cloudformation:{region}:{account}:stack/batchstack-cli/...</c> from <c>arn:{partition}:batch:{region}:{account}</c>.</summary>
    private static string StackId(string arnPrefix)
    {
        var parts = arnPrefix.Split(':');
        if (parts is not ["arn", var partition, "batch", var region, var account])
            throw new ArgumentException($"'{arnPrefix}' is not a Batch ARN prefix such as arn:aws:batch:eu-west-1:123456789012.", nameof(arnPrefix));
        return $"arn:{partition}:cloudformation:{region}:{account}:stack/{StackName}/00000000-0000-4000-8000-000000000000";
    }
}
