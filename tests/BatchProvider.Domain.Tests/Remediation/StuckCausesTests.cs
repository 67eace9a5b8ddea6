using BatchProvider.Domain.Remediation;

namespace BatchProvider.Domain.Tests.Remediation;

public sealed class StuckCausesTests
{
    [Theory]
    [InlineData("CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY - Service cannot fulfill", "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY")]
    [InlineData("MISCONFIGURATION:SERVICE_ROLE_PERMISSIONS – Batch service role has a permission issue.", "MISCONFIGURATION:SERVICE_ROLE_PERMISSIONS")]
    [InlineData("ACTION_REQUIRED - CE(s) associated with the job queue are invalid.", "ACTION_REQUIRED")]
    [InlineData("UNDETERMINED", "UNDETERMINED")]
    [InlineData("Essential container in task exited", null)]
    [InlineData("because", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void CodeOf_TakesTheCodeBeforeTheDash(string? statusReason, string? expected) => Assert.Equal(expected, StuckCauses.CodeOf(statusReason));

    [Fact]
    public void WireName_IsDistinctForEveryCause()
    {
        var names = Enum.GetValues<StuckCause>().Select(c => c.WireName()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
