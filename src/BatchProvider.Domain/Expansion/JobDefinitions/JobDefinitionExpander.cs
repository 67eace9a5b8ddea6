using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Collections;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Spec.JobDefinitions;
using JD = BatchProvider.Domain.Spec.JobDefinitions;

namespace BatchProvider.Domain.Expansion.JobDefinitions;

/// <summary>
/// Expands a job definition to its RegisterJobDefinition request: preset defaults, Batch defaults made explicit
/// (platform EC2, propagateTags false, Fargate assignPublicIp DISABLED and platform version LATEST, main node 0,
/// EKS hostNetwork true),
/// the base name and the tags. Pure, and total over every parsed spec: it never throws; problems are the validator's.
/// </summary>
public static class JobDefinitionExpander
{
    /// <summary>The family name in ownership tags.</summary>
    public const string Family = "JobDefinition";

    /// <summary>Applies defaults, presets, names and ownership tags.</summary>
    public static DesiredJobDefinition Expand(JobDefinitionSpec spec, ExpansionContext context)
    {
        var s = PresetResolver.Apply(spec);
        var name = Expansion.ResourceNames.Base(context.StackName, spec.Id);
        var request = s switch
        {
            ContainerJobDefinition c => new RegisterJobDefinitionRequest
            {
                Type = "container",
                PlatformCapabilities = [c.Platform == JobPlatform.Fargate ? "FARGATE" : "EC2"],
                PropagateTags = c.PropagateTags ?? false,
                ContainerProperties = ContainerWire.Properties(c.Container, c.Platform == JobPlatform.Fargate ? c.Fargate : null),
            },
            MultiNodeJobDefinition m => new RegisterJobDefinitionRequest
            {
                Type = "multinode",
                PlatformCapabilities = ["EC2"],
                PropagateTags = m.PropagateTags ?? false,
                NodeProperties = new NodeProperties
                {
                    NumNodes = Wire.Int(m.NumNodes) ?? DefaultNumNodes(m),
                    MainNode = Wire.Int(m.MainNode) ?? 0,
                    NodeRangeProperties = [.. m.Nodes.Select(n => new NodeRangeProperty
                    {
                        TargetNodes = n.Range,
                        Container = ContainerWire.Properties(n.Container with { InstanceType = n.Container.InstanceType ?? m.InstanceType }, null),
                    })],
                },
            },
            EksJobDefinition e => new RegisterJobDefinitionRequest
            {
                Type = "container",
                EksProperties = new EksProperties { PodProperties = EksWire.Pod(e) },
            },
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.GetType().Name, "unknown job-definition kind"),
        };
        request = request with
        {
            JobDefinitionName = name,
            Parameters = s.Parameters is { Count: > 0 } p ? p.Entries : null,
            SchedulingPriority = Wire.Int(s.SchedulingPriority),
            RetryStrategy = RetryWire(s.RetryAttempts, s.RetryStrategies),
            Timeout = s.TimeoutSeconds is { } t ? new JobTimeout { AttemptDurationSeconds = Wire.Int(t) } : null,
            Tags = context.StackTags
                .SetItems(s.Tags ?? ImmutableSortedDictionary<string, string>.Empty)
                .SetItems(OwnershipTags.For(context.StackName, spec.Id, Family)),
        };
        return new DesiredJobDefinition(spec.Id, name, KindName(spec), request);
    }

    /// <summary>The spec kind as written in <c>Kind</c>.</summary>
    public static string KindName(JobDefinitionSpec spec) => spec switch
    {
        ContainerJobDefinition => "Container",
        MultiNodeJobDefinition => "MultiNode",
        EksJobDefinition => "Eks",
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.GetType().Name, "unknown job-definition kind"),
    };

    /// <summary>One more than the highest node any range names: "0:3" gives 4.</summary>
    public static int DefaultNumNodes(MultiNodeJobDefinition m)
    {
        var highest = m.Nodes.Select(n => NodeIndexRange.Parse(n.Range)).Where(r => r is not null).Select(r => r!.Value.HighestNamed).DefaultIfEmpty(0).Max();
        return highest + 1;
    }

    /// <summary>The wire retry strategy; null when neither attempts nor conditions are given.</summary>
    public static BatchApi.RetryStrategy? RetryWire(long? attempts, ValueList<JD.RetryStrategy>? strategies)
    {
        if (attempts is null && strategies is not { Length: > 0 }) return null;
        return new BatchApi.RetryStrategy
        {
            Attempts = Wire.Int(attempts),
            EvaluateOnExit = strategies is { Length: > 0 } list
                ? [.. list.Select(r => new EvaluateOnExit
                {
                    Action = r.Action == RetryAction.Retry ? "RETRY" : "EXIT",
                    OnExitCode = r.On.OnExitCode,
                    OnReason = r.On.OnReason,
                    OnStatusReason = r.On.OnStatusReason,
                })]
                : null,
        };
    }
}
