using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Expansion.JobDefinitions;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>
/// Every rule about one job definition (batch-rules.md A.4 and A.5), run on the spec with its preset applied so that
/// rules see the values Batch will get. Paths name the template's properties even when a value came from the preset.
/// </summary>
public static class JobDefinitionRules
{
    /// <summary>Appends every problem of <paramref name="spec"/> (as expanded to <paramref name="desired"/>); <paramref name="stack"/> serves cross-checks.</summary>
    public static void Validate(JobDefinitionSpec spec, DesiredJobDefinition desired, DesiredState stack, DiagnosticBag diagnostics)
    {
        var s = PresetResolver.Apply(spec);
        JobSettingsRules.Validate(s, desired, diagnostics);
        RetryRules.Validate(s, diagnostics);
        switch (s)
        {
            case ContainerJobDefinition c:
                ContainerJobRules.Validate(c, diagnostics);
                break;
            case MultiNodeJobDefinition m:
                MultiNodeRules.Validate(m, desired, diagnostics);
                break;
            case EksJobDefinition e:
                EksRules.Validate(e, diagnostics);
                break;
        }
        RequestSizeRule.Validate(s, desired, diagnostics);
        PlacementRules.Validate(s, desired, stack, diagnostics);
    }
}
