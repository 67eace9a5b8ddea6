namespace BatchProvider.Lambda.CustomResource;

/// <summary>
/// The answer PUT to the ResponseURL (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html).
/// Build it with <see cref="Success"/> or <see cref="Failure"/>; <see cref="ResponseBody"/> makes it fit 4,096 bytes.
/// </summary>
public sealed record CustomResourceResponse
{
    /// <summary><c>SUCCESS</c> or <c>FAILED</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Shown in the stack events; required when FAILED.</summary>
    public string? Reason { get; init; }

    /// <summary>Non-empty and identical across every answer for the same resource; a new value on Update is a replacement.</summary>
    public required string PhysicalResourceId { get; init; }

    /// <summary>Copied from the request.</summary>
    public required string StackId { get; init; }

    /// <summary>Copied from the request.</summary>
    public required string RequestId { get; init; }

    /// <summary>Copied from the request.</summary>
    public required string LogicalResourceId { get; init; }

    /// <summary><c>Fn::GetAtt</c> values: <c>ComputeEnvironment.&lt;Id&gt;</c> etc. to ARNs.</summary>
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    /// <summary>The SUCCESS status text.</summary>
    public const string Succeeded = "SUCCESS";

    /// <summary>The FAILED status text.</summary>
    public const string Failed = "FAILED";

    /// <summary>A SUCCESS answer to <paramref name="request"/>.</summary>
    public static CustomResourceResponse Success(CustomResourceRequest request, string physicalResourceId, IReadOnlyDictionary<string, string>? data = null) =>
        new()
        {
            Status = Succeeded,
            PhysicalResourceId = physicalResourceId,
            StackId = request.StackId,
            RequestId = request.RequestId,
            LogicalResourceId = request.LogicalResourceId,
            Data = data,
        };

    /// <summary>A FAILED answer to <paramref name="request"/>.</summary>
    public static CustomResourceResponse Failure(CustomResourceRequest request, string physicalResourceId, string reason) =>
        new()
        {
            Status = Failed,
            Reason = reason,
            PhysicalResourceId = physicalResourceId,
            StackId = request.StackId,
            RequestId = request.RequestId,
            LogicalResourceId = request.LogicalResourceId,
        };
}
