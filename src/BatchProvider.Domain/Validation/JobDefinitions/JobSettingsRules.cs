using System.Text.RegularExpressions;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Validation.JobDefinitions;

/// <summary>Job-level settings every kind shares: timeout, scheduling priority, tags and parameters.</summary>
internal static partial class JobSettingsRules
{
    private const long MinTimeoutSeconds = 60;
    private const int MaxTags = 50;

    // Leave jobs at least this many tags of their own before warning about propagation.
    private const int PropagationHeadroom = 10;

    internal static void Validate(JobDefinitionSpec s, DesiredJobDefinition desired, DiagnosticBag d)
    {
        if (s.TimeoutSeconds is { } timeout and < MinTimeoutSeconds)
            d.Error(s.Path.Property("Timeout"), DiagnosticCodes.TimeoutTooShort, JobDefinitionMessages.TimeoutTooShort(timeout));
        if (s.SchedulingPriority is { } priority and (< 0 or > 9999))
            d.Error(s.Path.Property("SchedulingPriority"), DiagnosticCodes.SchedulingPriorityOutOfRange, JobDefinitionMessages.SchedulingPriorityOutOfRange(priority));

        var tagCount = desired.Register.Tags?.Count ?? 0;
        if (tagCount > MaxTags)
        {
            d.Error(s.Path.Property("Tags"), DiagnosticCodes.JobValueOutOfRange,
                JobDefinitionMessages.ValueOutOfRange("Tags", tagCount, "Batch allows 50 tags per job definition, counting stack tags, preset tags and the 3 ownership tags"));
        }
        else if (desired.Register.PropagateTags == true && tagCount > MaxTags - PropagationHeadroom)
        {
            d.Warning(s.Path.Property("PropagateTags"), DiagnosticCodes.PropagatedTagsMayExceedLimit, JobDefinitionMessages.PropagatedTagsMayExceedLimit(tagCount));
        }

        var defined = s.Parameters ?? System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty;
        foreach (var (path, command) in Commands(s))
        {
            foreach (var name in command.SelectMany(arg => ParameterReference().Matches(arg).Select(m => m.Groups[1].Value)).Distinct(StringComparer.Ordinal))
            {
                if (!defined.ContainsKey(name))
                    d.Warning(path, DiagnosticCodes.UndefinedParameter, JobDefinitionMessages.UndefinedParameter(name));
            }
        }
    }

    private static IEnumerable<(PropertyPath Path, IEnumerable<string> Command)> Commands(JobDefinitionSpec s) => s switch
    {
        ContainerJobDefinition c => c.Container.Command is { } cmd ? [(c.Path.Property("Command"), cmd)] : [],
        MultiNodeJobDefinition m => m.Nodes.Where(n => n.Container.Command is not null).Select(n => (n.Path.Property("Command"), (IEnumerable<string>)n.Container.Command!.Value)),
        EksJobDefinition e => e.InitContainers.Concat(e.Containers).Select(c => (c.Path.Property("Command"), (c.Command ?? []).Concat(c.Args ?? []))),
        _ => throw new System.Diagnostics.UnreachableException($"job-definition kind {s.GetType().Name} has no command lookup"),
    };

    [GeneratedRegex(@"Ref::([A-Za-z0-9_\-]+)")]
    private static partial Regex ParameterReference();
}
