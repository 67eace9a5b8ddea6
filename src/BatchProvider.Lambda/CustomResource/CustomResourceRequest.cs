using System.Text.Json;
using System.Text.Json.Serialization;

namespace BatchProvider.Lambda.CustomResource;

/// <summary>
/// A CloudFormation custom-resource request as the Lambda receives it
/// (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html). Every scalar inside the
/// properties arrives as a string; the properties stay raw JSON until the spec pipeline reads them.
/// </summary>
public sealed record CustomResourceRequest
{
    /// <summary><c>Create</c>, <c>Update</c> or <c>Delete</c>.</summary>
    public required string RequestType { get; init; }

    /// <summary>The presigned S3 URL the answer is PUT to; a bearer credential, never logged whole.</summary>
    [JsonPropertyName("ResponseURL")]
    public required string ResponseUrl { get; init; }

    /// <summary>The stack ARN; its region and account are the target's.</summary>
    public required string StackId { get; init; }

    /// <summary>Unique per request (with <see cref="StackId"/>).</summary>
    public required string RequestId { get; init; }

    /// <summary>The template type, e.g. <c>Custom::BatchStack</c>.</summary>
    public string? ResourceType { get; init; }

    /// <summary>The template logical id.</summary>
    public required string LogicalResourceId { get; init; }

    /// <summary>On Update and Delete: the id answered last time, or one CloudFormation generated.</summary>
    public string? PhysicalResourceId { get; init; }

    /// <summary>The template properties (with <c>ServiceToken</c>).</summary>
    public JsonElement ResourceProperties { get; init; }

    /// <summary>On Update: the previous properties.</summary>
    public JsonElement? OldResourceProperties { get; init; }

    /// <summary>The Lambda ARN (top level in Lambda events).</summary>
    public string? ServiceToken { get; init; }
}
