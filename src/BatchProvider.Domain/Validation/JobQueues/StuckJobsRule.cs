using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Parsing;
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
            diagnostics.Error(stuck.Path.Property("After"), DiagnosticCodes.JqStuckJobsAfter, "After is 0s; give how long a job may stay RUNNABLE, e.g. 30m.");
        var target = stuck.ResubmitTo;
        var path = stuck.Path.Property("ResubmitTo");
        if (stuck.Action != StuckJobAction.Resubmit)
        {
            if (target is not null && stuck.Action is not null)
                diagnostics.Warning(path, DiagnosticCodes.JqResubmitToIgnored, $"ResubmitTo is set, but Action is {stuck.Action}; it is used only with Action: Resubmit.");
            return;
        }
        if (target is null)
        {
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToMissing, "ResubmitTo is required with Action: Resubmit; give the Id of another job queue of this stack.");
            return;
        }
        if (!RuleContext.Known(target))
        {
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToUnknown, "ResubmitTo must be written as the Id of another job queue of this stack, not computed.");
            return;
        }
        var ids = context.Spec.JobQueues.Select(q => q.Id).Where(id => id != spec.Id).ToList();
        if (target == spec.Id)
        {
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToSelf, $"ResubmitTo is {target}, the queue itself, so the job would stay stuck; name another queue{(ids.Count > 0 ? $": {string.Join(", ", ids)}" : "")}.");
            return;
        }
        if (context.FindJobQueue(target) is not { } other)
        {
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToUnknown,
                $"ResubmitTo is \"{target}\", which is not a job queue of this stack; use one of {(ids.Count > 0 ? string.Join(", ", ids) : "(none defined)")}.{Suggestions.DidYouMean(target, ids)}");
            return;
        }
        if (other.Enabled == false)
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToDisabled, $"ResubmitTo is {other.Id}, which has Enabled: false and rejects new jobs; resubmit to an enabled queue.");
        if (other.StuckJobs is { Action: StuckJobAction.Resubmit, ResubmitTo: var back } && back == spec.Id)
            diagnostics.Warning(path, DiagnosticCodes.JqResubmitCycle,
                $"ResubmitTo is {other.Id}, which resubmits its stuck jobs back to {spec.Id}; a job that fits neither queue moves back and forth for ever; let one of them Cancel or Notify.");
        CheckCompatible(spec, other, path, context, diagnostics);
    }

    private static void CheckCompatible(JobQueueSpec spec, JobQueueSpec other, Diagnostics.PropertyPath path, RuleContext context, DiagnosticBag diagnostics)
    {
        var mine = QueuePlatforms.PlatformsOf(context, spec);
        var theirs = QueuePlatforms.PlatformsOf(context, other);
        if (mine.Count == 1 && theirs.Count >= 1 && !theirs.Contains(mine.Single()))
        {
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToIncompatible,
                $"ResubmitTo is {other.Id}, whose compute environments are {string.Join(", ", theirs)}, but this queue's jobs run on {mine.Single()}; resubmit to a queue of the same platform.");
            return;
        }
        var myArchs = QueuePlatforms.Owned(context, spec).SelectMany(o => QueuePlatforms.ArchitecturesOf(context, o.Spec)).ToHashSet();
        var theirArchs = QueuePlatforms.Owned(context, other).SelectMany(o => QueuePlatforms.ArchitecturesOf(context, o.Spec)).ToHashSet();
        if (myArchs.Count == 1 && theirArchs.Count == 1 && !myArchs.SetEquals(theirArchs))
            diagnostics.Error(path, DiagnosticCodes.JqResubmitToIncompatible,
                $"ResubmitTo is {other.Id}, whose instances are {theirArchs.Single()}, but this queue's jobs run on {myArchs.Single()}; resubmit to a queue of the same CPU architecture.");
    }
}
