using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Tests.TestSupport;

namespace BatchProvider.Domain.Tests.Validation.ComputeEnvironments;

/// <summary>Rules about properties every kind has, run over every kind.</summary>
public class KindNeutralRulesTests
{
    public static TheoryData<string> Kinds => new()
    {
        "Kind: ManagedEc2",
        "Kind: ManagedEks, EksCluster: \"arn:aws:eks:us-east-1:123456789012:cluster/c\", KubernetesNamespace: batch",
        "Kind: Fargate",
        "Kind: Unmanaged",
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ServiceRole_AsTheBareServiceLinkedRoleName_IsAnError(string kind)
    {
        var result = Specs.Run(Specs.WithComputeEnvironment(kind + ", ServiceRole: AWSServiceRoleForBatch"));
        Specs.AssertReports(result, "ComputeEnvironments[0].ServiceRole", DiagnosticCodes.CeServiceRoleShortName);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Tags_WithAwsPrefix_IsAnError(string kind)
    {
        var result = Specs.Run(Specs.WithComputeEnvironment(kind + ", ServiceRole: \"arn:aws:iam::123456789012:role/b\", Tags: { \"AWS:x\": y }"));
        Specs.AssertReports(result, "ComputeEnvironments[0].Tags.AWS:x", DiagnosticCodes.TagReservedPrefix);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Enabled_False_ExpandsToDisabled_AndIsValid(string kind)
    {
        var result = Specs.Run(Specs.WithComputeEnvironment(kind + ", ServiceRole: \"arn:aws:iam::123456789012:role/b\", Enabled: false, Context: c"));
        Specs.AssertNoErrors(result);
        Assert.Equal("DISABLED", result.Desired!.ComputeEnvironments.Single().Create.State);
        Assert.Equal("c", result.Desired.ComputeEnvironments.Single().Create.Context);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void UnknownProperty_IsReportedWithTheKind(string kind)
    {
        var result = Specs.Run(Specs.WithComputeEnvironment(kind + ", Enabeld: true"));
        var d = Specs.AssertReports(result, "ComputeEnvironments[0].Enabeld", DiagnosticCodes.UnknownProperty);
        Assert.Contains("Did you mean 'Enabled'?", d.Message, StringComparison.Ordinal);
    }
}
