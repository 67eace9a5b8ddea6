using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>Warns about a compute environment no queue of the stack uses: it can never run a job.</summary>
public sealed class UnusedComputeEnvironmentRule : ComputeEnvironmentRule
{
    /// <inheritdoc />
    protected override void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics)
    {
        if (context.Spec.JobQueues.Any(q => q.ComputeEnvironments.Any(ce => ce.Reference == spec.Id))) return;
        diagnostics.Warning(spec.Path.Property("Id"), DiagnosticCodes.CeUnused,
            $"Compute environment {spec.Id} is used by no job queue, so no job can run on it; add it to a queue's ComputeEnvironments or remove it.");
    }
}
