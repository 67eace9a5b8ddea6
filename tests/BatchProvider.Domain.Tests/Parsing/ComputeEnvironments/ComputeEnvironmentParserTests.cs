using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Parsing.ComputeEnvironments;
using BatchProvider.Domain.Spec.ComputeEnvironments;
using BatchProvider.Domain.Tests.TestSupport;

namespace BatchProvider.Domain.Tests.Parsing.ComputeEnvironments;

public class ComputeEnvironmentParserTests
{
    private static (ComputeEnvironmentSpec? Spec, DiagnosticBag Diagnostics) Parse(string item, string? defaults = null)
    {
        var root = (MapNode)Specs.Parse($"ComputeEnvironments: [{item}]\nDefaults: {defaults ?? "{}"}");
        var bag = new DiagnosticBag();
        var ce = (MapNode)((ListNode)root.Get("ComputeEnvironments")!).Items[0];
        return (ComputeEnvironmentParser.Parse(ce, root.Get("Defaults") as MapNode, bag), bag);
    }

    [Theory]
    [InlineData("ManagedEc2", typeof(ManagedEc2ComputeEnvironmentSpec))]
    [InlineData("managedeks", typeof(ManagedEksComputeEnvironmentSpec))]
    [InlineData("Fargate", typeof(FargateComputeEnvironmentSpec))]
    [InlineData("Unmanaged", typeof(UnmanagedComputeEnvironmentSpec))]
    public void Kind_SelectsTheRecordType(string kind, Type expected)
    {
        var (spec, diagnostics) = Parse($"{{ Id: c, Kind: {kind} }}");
        Assert.IsType(expected, spec);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Inherited_RecordsWhereEachDefaultWasWritten()
    {
        var (spec, _) = Parse("{ Id: c, Kind: ManagedEc2, Subnets: [subnet-own] }", "{ Subnets: [subnet-d], InstanceRole: ip, UnmanagedvCpus: 4 }");
        var ec2 = Assert.IsType<ManagedEc2ComputeEnvironmentSpec>(spec);
        Assert.Equal(["subnet-own"], ec2.Subnets!.Value.ToArray());
        Assert.Equal("ip", ec2.InstanceRole);
        Assert.Equal("Defaults.InstanceRole", ec2.PathOf("InstanceRole").ToString());
        Assert.Equal("ComputeEnvironments[0].Subnets", ec2.PathOf("Subnets").ToString());
        Assert.False(ec2.Inherited.ContainsKey("UnmanagedvCpus"));
    }

    [Fact]
    public void Images_AcceptAPlainTypeAsShorthand()
    {
        var (spec, diagnostics) = Parse("{ Id: c, Kind: ManagedEc2, Images: [ECS_AL2023_NVIDIA, { Type: ecs_al2023, ImageIdOverride: ami-1 }] }");
        var images = ((ManagedEc2ComputeEnvironmentSpec)spec!).Images!.Value;
        Assert.Equal([("ECS_AL2023_NVIDIA", (string?)null), ("ECS_AL2023", "ami-1")], images.Select(i => (i.Type!, i.ImageIdOverride)));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void MissingId_ParsesForDiagnosticsButYieldsNoSpec()
    {
        var (spec, diagnostics) = Parse("{ Kind: Fargate, Spot: perhaps }");
        Assert.Null(spec);
        Assert.Contains(diagnostics.Items, d => d.Path.ToString() == "ComputeEnvironments[0].Spot");
    }
}
