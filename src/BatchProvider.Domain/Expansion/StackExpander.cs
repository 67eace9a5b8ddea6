using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Expansion.ComputeEnvironments;
using BatchProvider.Domain.Expansion.JobDefinitions;
using BatchProvider.Domain.Expansion.JobQueues;
using BatchProvider.Domain.Expansion.SchedulingPolicies;
using BatchProvider.Domain.Spec;

namespace BatchProvider.Domain.Expansion;

/// <summary>Expands a parsed BatchStack to the <see cref="DesiredState"/>: every default applied, every name chosen, every resource tagged. Pure.</summary>
public static class StackExpander
{
    /// <summary>The default of <c>KeepJobDefinitionRevisions</c>: deregister every superseded revision.</summary>
    public const int DefaultKeepJobDefinitionRevisions = 0;

    /// <summary>The desired state of <paramref name="spec"/>.</summary>
    public static DesiredState Expand(BatchStackSpec spec)
    {
        var context = new ExpansionContext(spec.Name, spec.Settings.Tags.Entries);
        return new DesiredState(
            spec.Name,
            [.. spec.ComputeEnvironments.Select(ce => ComputeEnvironmentExpander.Expand(ce, context))],
            [.. spec.SchedulingPolicies.Select(sp => SchedulingPolicyExpander.Expand(sp, context))],
            [.. spec.JobQueues.Select(jq => JobQueueExpander.Expand(jq, context))],
            [.. spec.JobDefinitions.Select(jd => JobDefinitionExpander.Expand(jd, context))],
            new DesiredOptions(spec.Settings.KeepJobDefinitionRevisions ?? DefaultKeepJobDefinitionRevisions));
    }
}
