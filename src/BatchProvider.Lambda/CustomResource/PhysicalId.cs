namespace BatchProvider.Lambda.CustomResource;

/// <summary>
/// The PhysicalResourceId the provider issues: <c>BatchStack/{stack}/{logical id}/{Name}</c>. It depends only on the
/// stack, the logical id and <c>Name</c>, so every answer for the same resource repeats it and a changed Name is a
/// replacement; the Name inside it is what a later Delete of that id removes. <see cref="Unprovisioned"/> marks a
/// FAILED Create that never reached Batch (invalid properties), so its rollback Delete touches nothing.
/// </summary>
/// <param name="StackName">The CloudFormation stack name.</param>
/// <param name="LogicalId">The template logical id.</param>
/// <param name="Name">The BatchStack's Name; null for an unprovisioned resource.</param>
public sealed record PhysicalId(string StackName, string LogicalId, string? Name)
{
    private const string Prefix = "BatchStack";
    private const string NoName = "-";

    /// <summary>The id of a request that created nothing.</summary>
    public static PhysicalId Unprovisioned(string stackName, string logicalId) => new(stackName, logicalId, null);

    /// <summary>The wire text.</summary>
    public override string ToString() => $"{Prefix}/{StackName}/{LogicalId}/{Name ?? NoName}";

    /// <summary>
    /// The id when <paramref name="text"/> is one this provider issued for <paramref name="stackName"/> and
    /// <paramref name="logicalId"/>; null for anything else (a CloudFormation-generated id, another resource's id).
    /// </summary>
    public static PhysicalId? Parse(string? text, string stackName, string logicalId)
    {
        var parts = (text ?? "").Split('/');
        if (parts.Length != 4 || parts[0] != Prefix || parts[1] != stackName || parts[2] != logicalId || parts[3].Length == 0) return null;
        return new PhysicalId(stackName, logicalId, parts[3] == NoName ? null : parts[3]);
    }
}
