using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Planning.Comparison;

namespace BatchProvider.Domain.Tests.Planning;

/// <summary>
/// The fields a remaining difference is named by are the ones the planner's comparison sees: Batch's spellings and
/// defaults are not differences, anything else is.
/// </summary>
public sealed class ReportedDifferencesTests
{
    public static TheoryData<ResourceFamily, string, string, string> Rows => new()
    {
        // Batch reports evaluateOnExit actions lower-cased: only the field moto really dropped remains.
        { ResourceFamily.JobDefinition,
            """{"retryStrategy":{"attempts":2,"evaluateOnExit":[{"action":"retry","onExitCode":"1"}]}}""",
            """{"retryStrategy":{"attempts":2,"evaluateOnExit":[{"action":"RETRY","onExitCode":"1"}]},"nodeProperties":{"mainNode":0}}""",
            "nodeProperties" },
        { ResourceFamily.JobDefinition, """{"retryStrategy":{"attempts":2}}""", """{"retryStrategy":{"attempts":3}}""", "retryStrategy" },
        { ResourceFamily.JobDefinition, """{"type":"container"}""", """{"type":"container","propagateTags":false}""", "" },
        { ResourceFamily.ComputeEnvironment,
            """{"state":"ENABLED","computeResources":{"maxvCpus":4,"bidPercentage":100}}""",
            """{"state":"ENABLED","computeResources":{"maxvCpus":4}}""", "" },
        { ResourceFamily.ComputeEnvironment,
            """{"state":"DISABLED","computeResources":{"maxvCpus":4}}""",
            """{"state":"ENABLED","computeResources":{"maxvCpus":8}}""", "computeResources,state" },
        { ResourceFamily.SchedulingPolicy,
            """{"fairsharePolicy":{"shareDecaySeconds":0,"shareDistribution":[{"shareIdentifier":"a"}]}}""",
            """{"fairsharePolicy":{"shareDistribution":[{"shareIdentifier":"a"}]}}""", "" },
        { ResourceFamily.JobQueue, """{"priority":1}""", """{"priority":2}""", "priority" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void TopLevelFields_NamesWhatDiffersAfterBatchsDefaults(ResourceFamily family, string before, string after, string expected) =>
        Assert.Equal(expected, string.Join(",", ReportedDifferences.TopLevelFields(family, before, after)));
}
