using BatchProvider.Domain.Catalog;

namespace BatchProvider.Domain.Tests.Catalog;

public class InstanceTypeArchitectureTests
{
    [Theory]
    [InlineData("m6i.2xlarge", CpuArchitecture.X86_64)]
    [InlineData("m6i", CpuArchitecture.X86_64)]
    [InlineData("g5.xlarge", CpuArchitecture.X86_64)]
    [InlineData("g4dn", CpuArchitecture.X86_64)]
    [InlineData("inf2.xlarge", CpuArchitecture.X86_64)]
    [InlineData("m7i-flex.large", CpuArchitecture.X86_64)]
    [InlineData("optimal", CpuArchitecture.X86_64)]
    [InlineData("default_x86_64", CpuArchitecture.X86_64)]
    [InlineData("m6g.large", CpuArchitecture.Arm64)]
    [InlineData("c7gn", CpuArchitecture.Arm64)]
    [InlineData("r6gd.xlarge", CpuArchitecture.Arm64)]
    [InlineData("x2gd", CpuArchitecture.Arm64)]
    [InlineData("im4gn", CpuArchitecture.Arm64)]
    [InlineData("is4gen.large", CpuArchitecture.Arm64)]
    [InlineData("g5g.xlarge", CpuArchitecture.Arm64)]
    [InlineData("a1.medium", CpuArchitecture.Arm64)]
    [InlineData("default_arm64", CpuArchitecture.Arm64)]
    [InlineData("u-6tb1.metal", null)]
    [InlineData("", null)]
    public void ArchitectureOf_UsesTheTableThenTheFamilyName(string entry, CpuArchitecture? expected) =>
        Assert.Equal(expected, InstanceTypes.ArchitectureOf(entry));

    [Theory]
    [InlineData("m6g.large", "m6g")]
    [InlineData("M7I-FLEX.large", "m7i-flex")]
    [InlineData("c6i", "c6i")]
    public void FamilyOf_StripsTheSize(string entry, string expected) => Assert.Equal(expected, InstanceTypes.FamilyOf(entry));

    [Theory]
    [InlineData("optimal", true)]
    [InlineData("default_arm64", true)]
    [InlineData("m6i", false)]
    public void IsToken_KnowsBatchTokens(string entry, bool expected) => Assert.Equal(expected, InstanceTypes.IsToken(entry));
}
