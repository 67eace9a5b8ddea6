using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Remediation;

namespace BatchProvider.Domain.Tests.Remediation;

public sealed class StuckJobsTagTests
{
    [Theory]
    [InlineData(1800L, StuckJobAction.Cancel, null, "after=1800;action=Cancel")]
    [InlineData(60L, StuckJobAction.Terminate, null, "after=60;action=Terminate")]
    [InlineData(86400L, StuckJobAction.Resubmit, "overflow", "after=86400;action=Resubmit;to=overflow")]
    [InlineData(900L, StuckJobAction.Notify, null, "after=900;action=Notify")]
    public void FormatThenParse_RoundTrips(long after, StuckJobAction action, string? to, string expected)
    {
        var policy = new StuckJobsPolicy(after, action, to);
        Assert.Equal(expected, StuckJobsTag.Format(policy));
        Assert.Equal(policy, StuckJobsTag.Parse(expected));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("after=0;action=Cancel")]
    [InlineData("after=-5;action=Cancel")]
    [InlineData("after=60")]
    [InlineData("action=Cancel")]
    [InlineData("after=60;action=Delete")]
    [InlineData("after=60;action=1")]
    [InlineData("after=60;action=Resubmit")]
    [InlineData("after=60;action=Cancel;colour=red")]
    [InlineData("garbage")]
    public void Parse_WhenMalformed_GivesNull(string? value) => Assert.Null(StuckJobsTag.Parse(value));
}
