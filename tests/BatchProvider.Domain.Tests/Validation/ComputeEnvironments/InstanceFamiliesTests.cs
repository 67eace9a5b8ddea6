using BatchProvider.Domain.Validation.ComputeEnvironments;

namespace BatchProvider.Domain.Tests.Validation.ComputeEnvironments;

public class InstanceFamiliesTests
{
    [Theory]
    [InlineData("m6i.2xlarge", InstanceFamilies.X86)]
    [InlineData("m6i", InstanceFamilies.X86)]
    [InlineData("g5.xlarge", InstanceFamilies.X86)]
    [InlineData("g4dn", InstanceFamilies.X86)]
    [InlineData("inf2.xlarge", InstanceFamilies.X86)]
    [InlineData("m7i-flex.large", InstanceFamilies.X86)]
    [InlineData("optimal", InstanceFamilies.X86)]
    [InlineData("default_x86_64", InstanceFamilies.X86)]
    [InlineData("m6g.large", InstanceFamilies.Arm)]
    [InlineData("c7gn", InstanceFamilies.Arm)]
    [InlineData("r6gd.xlarge", InstanceFamilies.Arm)]
    [InlineData("x2gd", InstanceFamilies.Arm)]
    [InlineData("im4gn", InstanceFamilies.Arm)]
    [InlineData("is4gen.large", InstanceFamilies.Arm)]
    [InlineData("g5g.xlarge", InstanceFamilies.Arm)]
    [InlineData("a1.medium", InstanceFamilies.Arm)]
    [InlineData("default_arm64", InstanceFamilies.Arm)]
    [InlineData("u-6tb1.metal", null)]
    [InlineData("", null)]
    public void ArchitectureOf_ReadsTheFamilyName(string instanceType, string? expected) =>
        Assert.Equal(expected, InstanceFamilies.ArchitectureOf(instanceType));
}
