using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Tests.JobDefinitions;

public class MultiNodeRulesTests
{
    private static string Node(string range, string extra = "") =>
        $"{{'Range': '{range}', 'Image': 'x', 'Vcpus': '4', 'Memory': '8 GiB'{(extra.Length > 0 ? ", " + extra : "")}}}";

    private static string Nodes(params string[] nodes) => "'Nodes': [" + string.Join(", ", nodes) + "]";

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "'NumNodes': '6'", "Nodes", DiagnosticCodes.NodesUncovered },
        { Nodes(Node("0:3"), Node("2:5")), "Nodes[1].Range", DiagnosticCodes.NodeRangesOverlap },
        { "'MainNode': '4'", "MainNode", DiagnosticCodes.MainNodeOutOfRange },
        { Nodes(Node("a:b")), "Nodes[0].Range", DiagnosticCodes.InvalidNodeRange },
        { Nodes(Node(":")), "Nodes[0].Range", DiagnosticCodes.InvalidNodeRange },
        { Nodes(Node("5:2")), "Nodes[0].Range", DiagnosticCodes.InvalidNodeRange },
        { "'NumNodes': '4', " + Nodes(Node("0:7")), "Nodes[0].Range", DiagnosticCodes.InvalidNodeRange },
        { "'NumNodes': '0'", "NumNodes", DiagnosticCodes.JobValueOutOfRange },
        { "'InstanceType': 'c6i.4xlarge', " + Nodes(Node("0:1"), Node("2:3", "'InstanceType': 'c6i.8xlarge'")), "InstanceType", DiagnosticCodes.MultipleInstanceTypes },
        { Nodes("{'Range': '0:3', 'Image': 'x', 'Memory': '1 GiB'}"), "Nodes[0].Vcpus", DiagnosticCodes.JobPropertyRequired },
        { Nodes("{'Range': '0:3', 'Image': 'x', 'Vcpus': '1'}"), "Nodes[0].Memory", DiagnosticCodes.JobPropertyRequired },
        { Nodes("{'Range': '0:3', 'Vcpus': '1', 'Memory': '1 GiB'}"), "Nodes[0].Image", DiagnosticCodes.JobPropertyRequired },
        { Nodes("{'Range': '0:3', 'Image': 'x', 'Vcpus': '0.5', 'Memory': '1 GiB'}"), "Nodes[0].Vcpus", DiagnosticCodes.Ec2VcpusInvalid },
        { Nodes(Node("0:3", "'Environment': {'AWS_BATCH_X': '1'}")), "Nodes[0].Environment.AWS_BATCH_X", DiagnosticCodes.ReservedEnvironmentName },
        { "'Nodes': []", "Nodes", DiagnosticCodes.JobPropertyRequired },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_WhenMultiNodeInvalid_Reports(string fragment, string property, string code) =>
        RuleAssert.Reports(Jd.MultiNode(fragment), "JobDefinitions[0]." + property, code);

    [Theory]
    [InlineData("")]
    [InlineData("'MainNode': '3', 'NumNodes': '4', 'InstanceType': 'c6i.4xlarge'")]
    [InlineData("'NumNodes': '8', 'Nodes': [{'Range': '0:3', 'Image': 'x', 'Vcpus': '4', 'Memory': '8 GiB'}, {'Range': '4:', 'Image': 'x', 'Vcpus': '4', 'Memory': '8 GiB'}]")]
    [InlineData("'Nodes': [{'Range': '0:5', 'Image': 'x', 'Vcpus': '4', 'Memory': '8 GiB'}, {'Range': '2:3', 'Image': 'y', 'Vcpus': '4', 'Memory': '8 GiB'}]")]
    [InlineData("'Nodes': [{'Range': '0', 'Image': 'x', 'Vcpus': '4', 'Memory': '8 GiB'}, {'Range': '1:', 'Image': 'y', 'Vcpus': '4', 'Memory': '8 GiB', 'InstanceType': 'c6i.large'}], 'InstanceType': 'c6i.large'")]
    public void Validate_WhenMultiNodeValid_IsClean(string fragment) => RuleAssert.Clean(Jd.MultiNode(fragment));

    [Fact]
    public void Message_UncoveredNodes_NamesTheIndexes() =>
        Assert.Equal("No range covers nodes 4-5, 8; the ranges must cover every node from 0 to 8.",
            RuleAssert.Reports(Jd.MultiNode("'NumNodes': '9', " + Nodes(Node("0:3"), Node("6:7"))), "JobDefinitions[0].Nodes", DiagnosticCodes.NodesUncovered).Message);

    [Fact]
    public void Message_MainNodeOutOfRange() =>
        Assert.Equal("MainNode is 4; use a node index from 0 to 3 (NumNodes is 4).",
            RuleAssert.Reports(Jd.MultiNode("'MainNode': '4'"), "JobDefinitions[0].MainNode", DiagnosticCodes.MainNodeOutOfRange).Message);
}
