using System.Collections.Immutable;
using System.Text.Json.Nodes;
using BatchProvider.Domain.Planning.Comparison;

namespace BatchProvider.Domain.Tests.Planning;

/// <summary>Every normalisation the planner applies before comparing, one row per rule and family (issue 8, item 6).</summary>
public sealed class ReportedDefaultsTests
{
    public static TheoryData<string, string?, string?, bool> Rows => new()
    {
        // Compute resources: documented defaults are the same as leaving the member out.
        { "ComputeResources", """{"maxvCpus":4}""", """{"maxvCpus":4,"bidPercentage":100}""", true },
        { "ComputeResources", """{"maxvCpus":4}""", """{"maxvCpus":4,"bidPercentage":60}""", false },
        { "ComputeResources", """{"launchTemplate":{"launchTemplateName":"t"}}""", """{"launchTemplate":{"launchTemplateName":"t","version":"$Default"}}""", true },
        { "ComputeResources", """{"launchTemplate":{"launchTemplateName":"t"}}""", """{"launchTemplate":{"launchTemplateName":"t","version":"3"}}""", false },
        { "ComputeResources", """{"launchTemplate":{"launchTemplateName":"t","overrides":[{"launchTemplateName":"o"}]}}""",
            """{"launchTemplate":{"launchTemplateName":"t","overrides":[{"launchTemplateName":"o","version":"$Default"}]}}""", true },
        { "ComputeResources", """{"ec2Configuration":[{"imageType":"EKS_AL2023"}]}""", """{"ec2Configuration":[{"imageType":"EKS_AL2023","imageKubernetesVersion":"1.31"}]}""", true },
        { "ComputeResources", """{"ec2Configuration":[{"imageType":"EKS_AL2023","imageKubernetesVersion":"1.30"}]}""", """{"ec2Configuration":[{"imageType":"EKS_AL2023","imageKubernetesVersion":"1.31"}]}""", false },
        // Removing a member is a change, whichever it is.
        { "ComputeResources", """{"maxvCpus":4}""", """{"maxvCpus":4,"ec2KeyPair":"k"}""", false },
        { "ComputeResources", """{"maxvCpus":4}""", """{"maxvCpus":4,"tags":{"a":"b"}}""", false },
        { "ComputeResources", """{"maxvCpus":4}""", """{"maxvCpus":4,"ec2KeyPair":""}""", true },
        // updatePolicy: Batch reports its defaults when none was given; no policy is the default policy.
        { "UpdatePolicy", null, """{"terminateJobsOnUpdate":false,"jobExecutionTimeoutMinutes":30}""", true },
        { "UpdatePolicy", null, """{"terminateJobsOnUpdate":true,"jobExecutionTimeoutMinutes":30}""", false },
        { "UpdatePolicy", """{"jobExecutionTimeoutMinutes":30}""", null, true },
        // Fair-share policy defaults.
        { "FairsharePolicy", """{"shareDistribution":[{"shareIdentifier":"a"}]}""", """{"shareDecaySeconds":0,"computeReservation":0,"shareDistribution":[{"shareIdentifier":"a"}]}""", true },
        { "FairsharePolicy", """{"shareDistribution":[{"shareIdentifier":"a"}]}""", """{"shareDecaySeconds":600,"shareDistribution":[{"shareIdentifier":"a"}]}""", false },
        // Job definitions.
        { "JobDefinition", """{"type":"container"}""", """{"type":"container","propagateTags":false}""", true },
        { "JobDefinition", """{"type":"container"}""", """{"type":"container","propagateTags":true}""", false },
        { "JobDefinition", """{"retryStrategy":{"attempts":2,"evaluateOnExit":[{"action":"RETRY","onExitCode":"1"}]}}""",
            """{"retryStrategy":{"attempts":2,"evaluateOnExit":[{"action":"retry","onExitCode":"1"}]}}""", true },
        { "JobDefinition", """{"type":"container"}""", """{"type":"container","retryStrategy":{"attempts":3}}""", false },
        { "JobDefinition", """{"eksProperties":{"podProperties":{"containers":[{"image":"i"}]}}}""",
            """{"eksProperties":{"podProperties":{"containers":[{"image":"i"}],"hostNetwork":true,"dnsPolicy":"ClusterFirstWithHostNet"}}}""", true },
        { "JobDefinition", """{"eksProperties":{"podProperties":{"containers":[{"image":"i"}],"dnsPolicy":"Default"}}}""",
            """{"eksProperties":{"podProperties":{"containers":[{"image":"i"}],"dnsPolicy":"ClusterFirst"}}}""", false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Apply_ThenSame_TreatsWhatBatchFillsInAsEqual_AndRemovalsAsChanges(string family, string? desired, string? observed, bool same)
    {
        var rules = family switch
        {
            "ComputeResources" => ReportedDefaults.ComputeResources,
            "UpdatePolicy" => ReportedDefaults.UpdatePolicy,
            "FairsharePolicy" => ReportedDefaults.FairsharePolicy,
            "JobDefinition" => ReportedDefaults.JobDefinition,
            _ => ImmutableArray<NormalisationRule>.Empty,
        };
        var (d, o) = ReportedDefaults.Apply(Parse(desired), Parse(observed), rules);
        Assert.Equal(same, CanonicalJson.Same(d, o));
    }

    [Fact]
    public void Apply_LeavesItsInputsUnchanged()
    {
        var desired = JsonNode.Parse("""{"maxvCpus":4}""");
        ReportedDefaults.Apply(desired, null, ReportedDefaults.ComputeResources);
        Assert.Equal("""{"maxvCpus":4}""", desired!.ToJsonString());
    }

    private static JsonNode? Parse(string? json) => json is null ? null : CanonicalJson.Normalize(JsonNode.Parse(json));
}
