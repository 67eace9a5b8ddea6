using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.ComputeEnvironments;

namespace BatchProvider.Domain.Validation.ComputeEnvironments;

/// <summary>A rule over one compute environment at a time.</summary>
public abstract class ComputeEnvironmentRule : IStackRule
{
    /// <inheritdoc />
    public void Check(RuleContext context, DiagnosticBag diagnostics)
    {
        foreach (var (spec, desired) in context.ComputeEnvironments) Check(spec, desired, context, diagnostics);
    }

    /// <summary>Checks one compute environment.</summary>
    protected abstract void Check(ComputeEnvironmentSpec spec, DesiredComputeEnvironment desired, RuleContext context, DiagnosticBag diagnostics);
}
