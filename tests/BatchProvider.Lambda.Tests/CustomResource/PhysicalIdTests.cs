using BatchProvider.Lambda.CustomResource;

namespace BatchProvider.Lambda.Tests.CustomResource;

/// <summary>
/// <see cref="PhysicalId"/> depends on the stack, the logical id and Name alone, so every answer for a resource repeats
/// it, a new Name is a replacement, and an id the provider never issued is recognised as foreign.
/// </summary>
public sealed class PhysicalIdTests
{
    [Fact]
    public void ToString_IsStableForTheSameStackLogicalIdAndName()
    {
        var first = new PhysicalId("research-stack", "Research", "research");
        var again = new PhysicalId("research-stack", "Research", "research");

        Assert.Equal("BatchStack/research-stack/Research/research", first.ToString());
        Assert.Equal(first.ToString(), again.ToString());
    }

    public static TheoryData<PhysicalId> Others => new()
    {
        new PhysicalId("research-stack", "Research", "research-v2"),
        new PhysicalId("other-stack", "Research", "research"),
        new PhysicalId("research-stack", "Platform", "research"),
        PhysicalId.Unprovisioned("research-stack", "Research"),
    };

    [Theory]
    [MemberData(nameof(Others))]
    public void ToString_DiffersWhenNameStackOrLogicalIdDiffers(PhysicalId other) =>
        Assert.NotEqual(new PhysicalId("research-stack", "Research", "research").ToString(), other.ToString());

    public static TheoryData<string, string?> Issued => new()
    {
        { "BatchStack/research-stack/Research/research", "research" },
        { "BatchStack/research-stack/Research/research_v2-x", "research_v2-x" },
        { "BatchStack/research-stack/Research/-", null },
    };

    [Theory]
    [MemberData(nameof(Issued))]
    public void Parse_OfAnIdWeIssued_ReturnsItsName(string text, string? name)
    {
        var parsed = PhysicalId.Parse(text, "research-stack", "Research");

        Assert.Equal(new PhysicalId("research-stack", "Research", name), parsed);
        Assert.Equal(text, parsed!.ToString());
    }

    // CloudFormation's own id after a cancelled Create, another stack's or resource's id, broken shapes.
    public static TheoryData<string?> Foreign => new()
    {
        "research-stack-Research-1A2B3C4D5E6F",
        "BatchStack/other-stack/Research/research",
        "BatchStack/research-stack/Platform/research",
        "BatchStack/research-stack/Research/",
        "BatchStack/research-stack/Research/research/extra",
        "batchstack/research-stack/Research/research",
        "AWSCDK::CustomResourceProviderFramework::CREATE_FAILED",
        "",
        null,
    };

    [Theory]
    [MemberData(nameof(Foreign))]
    public void Parse_OfAnIdWeNeverIssued_IsNull(string? text) =>
        Assert.Null(PhysicalId.Parse(text, "research-stack", "Research"));
}
