using BatchProvider.Domain.Collections;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;
using BatchProvider.Domain.Spec.JobDefinitions;
using BatchProvider.Domain.Spec.JobQueues;
using BatchProvider.Domain.Spec.SchedulingPolicies;

namespace BatchProvider.Domain.Spec;

/// <summary>
/// A <c>Custom::BatchStack</c>'s properties as the user wrote them, typed but not yet expanded: values left out are
/// null here and get their defaults in expansion, so <c>expand</c> can show what each default became.
/// Items whose <c>Id</c> or <c>Kind</c> could not be read are left out (the diagnostics say why).
/// Compares by value all the way down (lists are <see cref="Collections.ValueList{T}"/>, maps
/// <see cref="Collections.ValueMap{TKey, TValue}"/>), so two parses of one template are <c>Equal</c>.
/// </summary>
/// <param name="Name">Prefix of every Batch resource name and the value of the ownership tag.</param>
public sealed record BatchStackSpec(
    string Name,
    ValueList<ComputeEnvironmentSpec> ComputeEnvironments,
    ValueList<SchedulingPolicySpec> SchedulingPolicies,
    ValueList<JobQueueSpec> JobQueues,
    ValueList<JobDefinitionSpec> JobDefinitions,
    StackSettings Settings);

/// <summary>Stack-wide settings.</summary>
/// <param name="KeepJobDefinitionRevisions">Superseded job-definition revisions kept ACTIVE after an update. Default 0.</param>
/// <param name="Tags">Tags added to every resource of the stack (beside each resource's own).</param>
public sealed record StackSettings(int? KeepJobDefinitionRevisions, ValueMap<string, string> Tags);

/// <summary>The part every spec item shares: its <c>Id</c> and where it stands in the input.</summary>
public interface ISpecItem
{
    /// <summary>The item's <c>Id</c>, unique within its family.</summary>
    string Id { get; }

    /// <summary>Where the item stands, e.g. <c>ComputeEnvironments[1]</c>.</summary>
    PropertyPath Path { get; }
}
