using System.Collections.Immutable;

namespace BatchProvider.Domain.Planning;

/// <summary>One resource change under construction: everything its steps share.</summary>
internal sealed record Change(
    ResourceFamily Family,
    string Id,
    StepAction Action,
    StepReason Reason,
    ImmutableArray<string> ForcedReplaceBy,
    string? Before,
    string? After)
{
    public static Change Of(ResourceFamily family, string id, StepAction action, StepReason reason, string? before, string? after) =>
        new(family, id, action, reason, [], before, after);
}
