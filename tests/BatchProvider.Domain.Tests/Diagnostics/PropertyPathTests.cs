using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Tests.Diagnostics;

public class PropertyPathTests
{
    [Fact]
    public void ToString_RendersTemplateNames()
    {
        var path = PropertyPath.Root.Property("JobQueues").Index(0).Property("ComputeEnvironments").Index(1);
        Assert.Equal("JobQueues[0].ComputeEnvironments[1]", path.ToString());
    }

    [Theory]
    [InlineData("JobQueues[0].ComputeEnvironments[1]")]
    [InlineData("Name")]
    [InlineData("JobDefinitions[2].Nodes[0].Range")]
    public void Parse_RoundTrips(string text)
    {
        var path = PropertyPath.Parse(text);
        Assert.Equal(text, path.ToString());
        Assert.Equal(path, PropertyPath.Parse(path.ToString()));
    }
}
