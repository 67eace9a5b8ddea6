using System.Collections.Immutable;
using BatchProvider.Domain.Planning.Operations;

namespace BatchProvider.Domain.Planning;

/// <summary>
/// One executable unit of a <see cref="Plan"/>: exactly one Batch call (or one wait) on one resource.
/// </summary>
/// <param name="Id">Unique within the plan, stable for equal inputs: <c>{family}/{specId}/{verb}[:{name}]</c>, e.g. <c>ce/gpu/create:research-gpu-g2</c>.</param>
/// <param name="Resource">The resource touched (family, spec Id, concrete Batch name).</param>
/// <param name="Action">The resource change this step belongs to; for display and grouping, never for dispatch.</param>
/// <param name="Reason">Why the change exists; explains, never decides.</param>
/// <param name="ForcedReplaceBy">For replacements: the wire property paths (e.g. <c>computeResources.instanceTypes</c>) that forced it; otherwise empty.</param>
/// <param name="Before">What Batch reports now, as canonical JSON (null when absent); for display.</param>
/// <param name="After">What the resource will be after the change, as canonical JSON (null when removed); for display.</param>
/// <param name="DependsOn">Ids of steps that must have succeeded before this one starts.</param>
/// <param name="Operation">The literal work: the exact request to send or the exact thing to wait for.</param>
/// <remarks>
/// Contract for the applier: dispatch on <see cref="Operation"/> (through <see cref="IStepOperationVisitor{TResult}"/>,
/// which has one method per operation so a new operation breaks the build where it must be handled) and do exactly
/// what it says. Never branch on <see cref="Action"/> or <see cref="Reason"/>, never call Describe* to decide what to
/// do (only to wait), never rewrite a request.
/// </remarks>
public sealed record Step(
    string Id,
    ResourceAddress Resource,
    StepAction Action,
    StepReason Reason,
    ImmutableArray<string> ForcedReplaceBy,
    string? Before,
    string? After,
    ImmutableArray<string> DependsOn,
    StepOperation Operation);
