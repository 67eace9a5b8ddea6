using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Expansion.JobDefinitions;

/// <summary>Expands a job definition to its RegisterJobDefinition request. (Stub: replaced by the job-definition family.)</summary>
public static class JobDefinitionExpander
{
    /// <summary>Applies defaults, presets, names and ownership tags.</summary>
    public static DesiredJobDefinition Expand(JobDefinitionSpec spec, ExpansionContext context) =>
        throw new NotSupportedException("job definitions are not implemented yet");
}
