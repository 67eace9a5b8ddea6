using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>Every rule about one job definition. (Stub: replaced by the job-definition family.)</summary>
public static class JobDefinitionRules
{
    /// <summary>Appends every problem of <paramref name="spec"/> (as expanded to <paramref name="desired"/>); <paramref name="stack"/> serves cross-checks.</summary>
    public static void Validate(JobDefinitionSpec spec, DesiredJobDefinition desired, DesiredState stack, DiagnosticBag diagnostics)
    {
    }
}
