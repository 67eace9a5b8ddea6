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
        if (context.Index.ReferencedComputeEnvironments.Contains(spec.Id)) return;
        diagnostics.Warning(spec.Path.Property("Id"), DiagnosticCodes.CeUnused,
            ComputeEnvironmentMessages.Unused(spec.Id));
    }
}
