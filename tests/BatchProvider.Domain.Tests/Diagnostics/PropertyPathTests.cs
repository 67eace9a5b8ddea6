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

    public static TheoryData<PropertyPath, string> OddKeys => new()
    {
        { PropertyPath.Root.Property(""), "[\"\"]" },
        { PropertyPath.Root.Property("JobQueues").Index(0).Property(""), "JobQueues[0][\"\"]" },
        { PropertyPath.Root.Property("Tags").Property("cost center"), "Tags[\"cost center\"]" },
        { PropertyPath.Root.Property("Tags").Property("a]b\"c"), "Tags[\"a]b\\\"c\"]" },
        { PropertyPath.Root.Property("Tags").Property(new string('k', 300)), $"Tags.{new string('k', 255)}… (300 characters)" },
        { PropertyPath.Root.Property("Limits").Property("nvidia.com/gpu"), "Limits.nvidia.com/gpu" },
    };

    [Theory]
    [MemberData(nameof(OddKeys))]
    public void ToString_WhenKeyIsEmptyOddOrHuge_StillNamesIt(PropertyPath path, string expected) =>
        Assert.Equal(expected, path.ToString());
}
