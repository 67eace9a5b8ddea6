using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Tests.TestSupport;

namespace BatchProvider.Domain.Tests.Validation.ComputeEnvironments;

/// <summary>InstanceTypes and InstanceClasses entries must be names Batch takes: an EC2 type, family or token.</summary>
public sealed class InstanceTypeNameRuleTests
{
    private const string Eks = "Kind: ManagedEks, EksCluster: \"arn:aws:eks:us-east-1:123456789012:cluster/c\", KubernetesNamespace: batch";
    private const string P = "ComputeEnvironments[0].";

    [Theory]
    [InlineData("Kind: ManagedEc2, InstanceTypes: [banana.huge]", P + "InstanceTypes[0]")]
    [InlineData("Kind: ManagedEc2, InstanceTypes: [EC2]", P + "InstanceTypes[0]")]
    [InlineData("Kind: ManagedEc2, InstanceClasses: [zz9]", P + "InstanceClasses[0]")]
    [InlineData("Kind: ManagedEc2, InstanceClasses: [m6i, zz9], UseOptimalInstanceClasses: false", P + "InstanceClasses[1]")]
    [InlineData("Kind: ManagedEc2, InstanceTypes: m6i.huge", P + "InstanceTypes")]
    [InlineData(Eks + ", InstanceTypes: [m6i.large, c6i.larg]", P + "InstanceTypes[1]")]
    public void Rule_WhenEntryIsNotAnInstanceType_ReportsItsPath(string entries, string path)
    {
        var result = Specs.Run(Specs.WithComputeEnvironment(entries));

        Specs.AssertReports(result, path, DiagnosticCodes.CeUnknownInstanceType);
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.CeUnknownInstanceType);
        Assert.Null(result.Validated);
    }

    [Theory]
    [InlineData("InstanceTypes: [banana.huge]", "InstanceTypes includes \"banana.huge\", which is not an EC2 instance type or family; use a type such as m6i.2xlarge, a family such as m6i, or one of optimal, default_x86_64, default_arm64.")]
    [InlineData("InstanceClasses: [m6ii]", "InstanceClasses includes \"m6ii\", which is not an EC2 instance type or family; use a type such as m6i.2xlarge, a family such as m6i, or one of optimal, default_x86_64, default_arm64. Did you mean 'm6i'?")]
    public void Rule_WhenEntryIsNotAnInstanceType_SaysWhatIsValid(string entries, string message)
    {
        var result = Specs.Run(Specs.WithComputeEnvironment($"Kind: ManagedEc2, {entries}"));

        Assert.Equal(message, Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.CeUnknownInstanceType).Message);
    }

    [Theory]
    [InlineData("InstanceTypes: [optimal, default_x86_64]")]
    [InlineData("InstanceTypes: [default_arm64], UseOptimalInstanceClasses: false")]
    [InlineData("InstanceTypes: [x2iedn.32xlarge, m7i.metal-24xl, c7i-flex.large]")]
    [InlineData("InstanceClasses: [m6i, c6i, r6i], UseOptimalInstanceClasses: false")]
    [InlineData("InstanceClasses: [hpc7a, u-6tb1]")]
    [InlineData("InstanceTypes: [\"{{x}}\"]")]
    public void Rule_WhenEveryEntryIsATypeFamilyOrToken_ReportsNothing(string entries)
    {
        var result = Specs.Run(Specs.WithComputeEnvironment($"Kind: ManagedEc2, {entries}"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.CeUnknownInstanceType);
    }
}
