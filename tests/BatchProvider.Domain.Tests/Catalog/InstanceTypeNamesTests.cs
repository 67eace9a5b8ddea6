using BatchProvider.Domain.Catalog;

namespace BatchProvider.Domain.Tests.Catalog;

public sealed class InstanceTypeNamesTests
{
    [Theory]
    [InlineData("optimal")]
    [InlineData("default_x86_64")]
    [InlineData("default_arm64")]
    [InlineData("m6i")]
    [InlineData("c7i-flex")]
    [InlineData("u-6tb1")]
    [InlineData("p6-b200")]
    [InlineData("m6i.2xlarge")]
    [InlineData("t3.nano")]
    [InlineData("m7i.metal-24xl")]
    [InlineData("c5.metal")]
    [InlineData("x2iedn.32xlarge")] // a real family the shape catalog does not hold
    [InlineData("p5.4xlarge")]      // a size newer than the shape catalog
    [InlineData(" G5.XLARGE ")]
    public void IsValid_WhenBatchTakesTheName_IsTrue(string entry) => Assert.True(InstanceTypeNames.IsValid(entry));

    [Theory]
    [InlineData("banana.huge")]
    [InlineData("EC2")]
    [InlineData("zz9")]
    [InlineData("m6i.")]
    [InlineData(".large")]
    [InlineData("m6i.huge")]
    [InlineData("m6i.0xlarge")]
    [InlineData("m6i.2xlarge.x")]
    [InlineData("optimal.large")]
    [InlineData("")]
    public void IsValid_WhenNotATypeFamilyOrToken_IsFalse(string entry) => Assert.False(InstanceTypeNames.IsValid(entry));

    [Theory]
    [InlineData("m6ii", "m6i")]
    [InlineData("optmal", "optimal")]
    [InlineData("default_arm", "default_arm64")]
    [InlineData("m6x.large", "m6a.large")]
    [InlineData("m6i.2xlarg", "m6i.2xlarge")]
    [InlineData("c7i-flex.larg", "c7i-flex.large")]
    [InlineData("banana.huge", null)]
    [InlineData("zz9", "z1d")]
    [InlineData("banana", null)]
    public void Closest_SuggestsANearbyValidName(string entry, string? expected) => Assert.Equal(expected, InstanceTypeNames.Closest(entry));

    [Fact]
    public void Families_IncludeEveryFamilyOfTheShapeCatalogAndOfTheTokens()
    {
        var needed = InstanceTypes.All.Select(t => t.Family).Concat(InstanceTypes.DefaultX86Families).Concat(InstanceTypes.DefaultArm64Families).Distinct();
        Assert.All(needed, f => Assert.True(InstanceTypeNames.Families.Contains(f), f));
    }
}
