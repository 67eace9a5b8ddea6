namespace BatchProvider.Domain.Input.Templates;

/// <summary>One BatchStack found in a document.</summary>
/// <param name="LogicalId">The resource's logical id in the template; null for a bare spec.</param>
/// <param name="Properties">Its properties with intrinsics resolved as far as possible; paths start at <c>Properties</c>.</param>
public sealed record BatchStackResource(string? LogicalId, Node Properties);
