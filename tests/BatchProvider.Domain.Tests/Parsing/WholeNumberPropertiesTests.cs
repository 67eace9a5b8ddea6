using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Tests.TestSupport;

namespace BatchProvider.Domain.Tests.Parsing;

/// <summary>
/// Every whole-number property given a fraction: one error at its path saying it takes a whole number, and no rule
/// judging the default the parser left in its place (a <c>Priority: 10.5</c> once drew a warning about Priority 1).
/// </summary>
public sealed class WholeNumberPropertiesTests
{
    private const string Head = $"Name: t\n{Specs.Defaults}\n";
    private const string Ec2 = "ComputeEnvironments: [{ Id: c, Kind: ManagedEc2 }]\n";
    private const string Queue = "JobQueues: [{ Id: q, ComputeEnvironments: [c] }]\n";
    private const string Container = "Kind: Container, Image: repo/app:1, Vcpus: 1, Memory: 2 GiB";

    /// <summary>{stack with X where the value goes, a whole value that is valid there, the path of X}.</summary>
    public static TheoryData<string, string, string> Rows => new()
    {
        { Head + "ComputeEnvironments: [{ Id: c, Kind: ManagedEc2, MinvCpus: X }]\n" + Queue, "0", "ComputeEnvironments[0].MinvCpus" },
        { Head + "ComputeEnvironments: [{ Id: c, Kind: ManagedEc2, MinvCpus: 8, MaxvCpus: X }]\n" + Queue, "16", "ComputeEnvironments[0].MaxvCpus" },
        { Head + "ComputeEnvironments: [{ Id: c, Kind: ManagedEc2, DesiredvCpus: X }]\n" + Queue, "4", "ComputeEnvironments[0].DesiredvCpus" },
        { Head + "ComputeEnvironments: [{ Id: c, Kind: ManagedEc2, Spot: true, SpotBidPercentage: X }]\n" + Queue, "60", "ComputeEnvironments[0].SpotBidPercentage" },
        { Head + "ComputeEnvironments: [{ Id: c, Kind: Fargate, MaxvCpus: X }]\n" + Queue, "16", "ComputeEnvironments[0].MaxvCpus" },
        { Head + "ComputeEnvironments: [{ Id: c, Kind: Unmanaged, ServiceRole: \"arn:aws:iam::123456789012:role/b\", UnmanagedvCpus: X }]\n" + Queue, "8", "ComputeEnvironments[0].UnmanagedvCpus" },
        { Head + Ec2 + "JobQueues: [{ Id: q, Priority: X, ComputeEnvironments: [c] }, { Id: q2, Priority: 1, ComputeEnvironments: [c] }]\n", "10", "JobQueues[0].Priority" },
        { Head + Ec2 + "JobQueues: [{ Id: q, Priority: 1, ComputeEnvironments: [c] }, { Id: q2, Priority: X, ComputeEnvironments: [c] }]\n", "10", "JobQueues[1].Priority" },
        { Head + "ComputeEnvironments: [{ Id: c, Kind: ManagedEc2 }, { Id: d, Kind: ManagedEc2 }]\nJobQueues: [{ Id: q, ComputeEnvironments: [{ ComputeEnvironment: c, Order: X }, { ComputeEnvironment: d, Order: 2 }] }]\n", "1", "JobQueues[0].ComputeEnvironments[0].Order" },
        { Head + Ec2 + "JobQueues: [{ Id: q, ComputeEnvironments: [c], SchedulingPolicy: p }]\nSchedulingPolicies: [{ Id: p, ComputeReservation: X }]\n", "50", "SchedulingPolicies[0].ComputeReservation" },
        { Head + "KeepJobDefinitionRevisions: X\n" + Ec2 + Queue, "2", "KeepJobDefinitionRevisions" },
        { Head + Ec2 + Queue + $"JobDefinitions: [{{ Id: j, {Container}, RetryAttempts: X }}]\n", "3", "JobDefinitions[0].RetryAttempts" },
        { Head + Ec2 + Queue + $"JobDefinitions: [{{ Id: j, {Container}, Gpus: X }}]\n", "0", "JobDefinitions[0].Gpus" },
        { Head + Ec2 + Queue + $"JobDefinitions: [{{ Id: j, {Container}, LinuxParameters: {{ Swappiness: X, MaxSwap: 1 GiB }} }}]\n", "10", "JobDefinitions[0].LinuxParameters.Swappiness" },
        { Head + Ec2 + Queue + $"JobDefinitions: [{{ Id: j, {Container}, Ulimits: [{{ Name: nofile, SoftLimit: X, HardLimit: 4096 }}] }}]\n", "1024", "JobDefinitions[0].Ulimits[0].SoftLimit" },
        { Head + Ec2 + Queue + "JobDefinitions: [{ Id: j, Kind: MultiNode, NumNodes: X, Nodes: [{ Range: '0:', Image: repo/app:1, Vcpus: 4, Memory: 8 GiB }] }]\n", "4", "JobDefinitions[0].NumNodes" },
        { Head + Ec2 + Queue + "JobDefinitions: [{ Id: j, Kind: MultiNode, MainNode: X, Nodes: [{ Range: '0:', Image: repo/app:1, Vcpus: 4, Memory: 8 GiB }] }]\n", "0", "JobDefinitions[0].MainNode" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Property_WhenAFraction_ReportsOnlyThatItTakesAWholeNumber(string stack, string valid, string path)
    {
        var good = Specs.Run(stack.Replace("X", valid, StringComparison.Ordinal));
        var bad = Specs.Run(stack.Replace("X", "10.5", StringComparison.Ordinal));

        var atPath = bad.Diagnostics.Where(d => d.Path.ToString() == path).ToList();
        var error = Assert.Single(atPath);
        Assert.Equal((Severity.Error, DiagnosticCodes.WrongType), (error.Severity, error.Code));
        var property = path[(path.LastIndexOf('.') + 1)..];
        Assert.StartsWith($"{property}: \"10.5\" is not a whole number; use a whole number", error.Message);
        // Nothing else may change: a rule that judged the default in place of 10.5 would add a diagnostic elsewhere.
        var others = bad.Diagnostics.Where(d => d.Path.ToString() != path).Select(d => d.ToString());
        var before = good.Diagnostics.Where(d => d.Path.ToString() != path).Select(d => d.ToString());
        Assert.True(!others.Except(before).Any(), $"with 10.5:\n{Specs.Show(bad)}\nwith {valid}:\n{Specs.Show(good)}");
    }

    [Fact]
    public void Priority_WhenAFraction_SaysItsRange()
    {
        var result = Specs.Run(Head + Ec2 + "JobQueues: [{ Id: q, Priority: 10.5, ComputeEnvironments: [c] }]\n");

        var error = Specs.AssertReports(result, "JobQueues[0].Priority", DiagnosticCodes.WrongType);
        Assert.Equal("Priority: \"10.5\" is not a whole number; use a whole number from 0 to 1000.", error.Message);
    }
}
