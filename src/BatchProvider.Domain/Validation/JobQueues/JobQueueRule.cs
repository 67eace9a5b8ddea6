using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobQueues;

namespace BatchProvider.Domain.Validation.JobQueues;

/// <summary>A rule over one job queue at a time.</summary>
public abstract class JobQueueRule : IStackRule
{
    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var (spec, desired) in context.JobQueues) Check(spec, desired, context, diagnostics);
    }

    /// <summary>Checks one job queue.</summary>
    protected abstract void Check(JobQueueSpec spec, DesiredJobQueue desired, RuleContext context, DiagnosticBag diagnostics);
}
