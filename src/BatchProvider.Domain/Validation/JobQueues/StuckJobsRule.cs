using BatchProvider.Domain.Catalog;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobQueues;

namespace BatchProvider.Domain.Validation.JobQueues;

/// <summary>
/// StuckJobs: After greater than 0; Resubmit needs ResubmitTo naming another queue of the stack whose compute
/// environments can run the same jobs (same platform and architecture); ResubmitTo without Resubmit is ignored (warning).
/// </summary>
public sealed class StuckJobsRule : JobQueueRule
{
    /// <inheritdoc />
    protected override void Check(JobQueueSpec spec, DesiredJobQueue desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (spec.StuckJobs is not { } stuck) return;
        if (stuck.AfterSeconds is <= 0)
            diagnostics.Error(stuck.Path.Property("After"), DiagnosticCodes.JqStuckJobsAfter, JobQueueMessages.StuckJobsAfterZero);
        var target = stuck.ResubmitTo;
        var path = stuck.Path.Property("ResubmitTo");
        if (stuck.Action != StuckJobAction.Resubmit)
        {
            if (target is not null && stuck.Action is not null)
                diagnostics.Warning(path, DiagnosticCodes.JqResubmitToIgnored, JobQueueMessages.ResubmitToIgnored(stuck.Action));
            return;
        }
        if (target is null)
        {
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToMissing, JobQueueMessages.ResubmitToMissing);
            return;
        }
        if (!RuleContext.Known(target))
        {
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToUnknown, JobQueueMessages.ResubmitToComputed);
            return;
        }
        // The other queues' Ids only go into messages; listing them for every queue would make the rule quadratic.
        List<string> OtherIds() => [.. context.Spec.JobQueues.Select(q => q.Id).Where(id => id != spec.Id)];
        if (target == spec.Id)
        {
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToSelf, JobQueueMessages.ResubmitToSelf(target, OtherIds()));
            return;
        }
        if (context.FindJobQueue(target) is not { } other)
        {
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToUnknown,
                JobQueueMessages.ResubmitToUnknown(target, OtherIds()));
            return;
        }
        if (other.Enabled == false)
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToDisabled, JobQueueMessages.ResubmitToDisabled(other.Id));
        if (other.StuckJobs is { Action: StuckJobAction.Resubmit, ResubmitTo: var back } && back == spec.Id)
            diagnostics.Warning(path, DiagnosticCodes.JqResubmitCycle,
                JobQueueMessages.ResubmitCycle(other.Id, spec.Id));
        CheckCompatible(spec, other, path, context, diagnostics);
    }

    private static void CheckCompatible(JobQueueSpec spec, JobQueueSpec other, Diagnostics.PropertyPath path, RuleContext context, DiagnosticBag diagnostics)
    {
        var mine = QueuePlatforms.PlatformsOf(context, spec);
        var theirs = QueuePlatforms.PlatformsOf(context, other);
        if (mine.Count == 1 && theirs.Count >= 1 && !theirs.Contains(mine.Single()))
        {
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToIncompatible,
                JobQueueMessages.ResubmitToOtherPlatform(other.Id, theirs, mine.Single()));
            return;
        }
        var myArchs = QueuePlatforms.Owned(context, spec).SelectMany(o => QueuePlatforms.ArchitecturesOf(context, o.Spec)).ToHashSet();
        var theirArchs = QueuePlatforms.Owned(context, other).SelectMany(o => QueuePlatforms.ArchitecturesOf(context, o.Spec)).ToHashSet();
        if (myArchs.Count == 1 && theirArchs.Count == 1 && !myArchs.SetEquals(theirArchs))
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToIncompatible,
                JobQueueMessages.ResubmitToOtherArchitecture(other.Id, theirArchs.Single().Name(), myArchs.Single().Name()));
    }
}
