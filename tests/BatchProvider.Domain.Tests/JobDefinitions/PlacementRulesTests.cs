using System.Collections.Immutable;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Diagnostics;

namespace BatchProvider.Domain.Tests.JobDefinitions;

public class PlacementRulesTests
{
    private static DesiredComputeEnvironment Ce(string id, string? type, string[]? instanceTypes = null, int maxvCpus = 256, bool eks = false) =>
        new(id, "research-" + id, type is null ? "Unmanaged" : type.StartsWith("FARGATE") ? "Fargate" : eks ? "ManagedEks" : "ManagedEc2",
            new CreateComputeEnvironmentRequest
            {
                ComputeEnvironmentName = "research-" + id,
                Type = type is null ? "UNMANAGED" : "MANAGED",
                ComputeResources = type is null ? null : new ComputeResource { Type = type, MaxvCpus = maxvCpus, InstanceTypes = instanceTypes },
                EksConfiguration = eks ? new EksConfiguration { EksClusterArn = "arn:aws:eks:us-east-1:123456789012:cluster/c", KubernetesNamespace = "batch" } : null,
            }, null, null);

    private static DesiredJobQueue Queue(string id, params string[] ces) =>
        new(id, "research-" + id, new CreateJobQueueRequest { JobQueueName = "research-" + id },
            [.. ces.Select((c, i) => c.StartsWith("arn:") ? new QueueComputeEnvironment(null, c, i + 1) : new QueueComputeEnvironment(c, null, i + 1))], null, null);

    private static readonly DesiredComputeEnvironment Spot = Ce("spot", "SPOT", ["m6i", "c6i", "r6i"], 512);
    private static readonly DesiredComputeEnvironment OnDemand = Ce("ondemand", "EC2", ["m6i.2xlarge", "g5.xlarge"], 128);
    private static readonly DesiredComputeEnvironment Serverless = Ce("serverless", "FARGATE_SPOT", maxvCpus: 64);

    private static (DesiredComputeEnvironment[], DesiredJobQueue[]) S(DesiredComputeEnvironment[] ces, DesiredJobQueue[] queues) => (ces, queues);

    /// <summary>Stacks by name; "example" is research-platform.yaml's.</summary>
    private static DesiredState Stack(string name, DesiredJobDefinition jd)
    {
        var (ces, queues) = name switch
        {
            "example" => S([Spot, OnDemand, Serverless], [Queue("training", "spot", "ondemand"), Queue("fallback", "ondemand"), Queue("etl", "serverless")]),
            "ec2-only" => S([Spot, OnDemand], [Queue("training", "spot", "ondemand")]),
            "fargate-only" => S([Serverless], [Queue("etl", "serverless")]),
            "spot-only" => S([Spot], [Queue("training", "spot")]),
            "external" => S([Spot], [Queue("training", "spot", "arn:aws:batch:us-east-1:123456789012:compute-environment/other")]),
            "unknown-types" => S([Ce("big", "EC2", ["x2iedn"])], [Queue("q", "big")]),
            "unmanaged" => S([Ce("own", null)], [Queue("q", "own")]),
            "eks" => S([Ce("k8s", "EC2", ["m6i"], eks: true)], [Queue("q", "k8s")]),
            "no-queues" => S([Spot], []),
            "fargate-small" => S([Ce("tiny", "FARGATE", maxvCpus: 8)], [Queue("q", "tiny")]),
            _ => throw new ArgumentException(name),
        };
        return new DesiredState("research", [.. ces], [], [.. queues], [jd], new DesiredOptions(0));
    }

    public static TheoryData<string, string> Clean => new()
    {
        { ExampleJobDefinitions.Train, "example" },
        { ExampleJobDefinitions.NightlyEtl, "example" },
        { ExampleJobDefinitions.MpiSim, "example" },
        { Jd.Container("'Vcpus': '4096'"), "external" },
        { Jd.Container("'Vcpus': '4096'"), "no-queues" },
        { Jd.Container("'Memory': '2 TiB'"), "unknown-types" },
        { Jd.Container("'Memory': '2 TiB', 'Gpus': '8'"), "unmanaged" },
        { Jd.Eks(), "eks" },
        { Jd.Fargate("'RuntimePlatform': {'CpuArchitecture': 'ARM64'}"), "fargate-small" },
    };

    [Theory]
    [MemberData(nameof(Clean))]
    public void Validate_WhenSomeQueueCanRunTheJob_IsClean(string json, string stack)
    {
        var all = JobDefinitionHarness.Diagnose(json, jd => Stack(stack, jd));
        Assert.True(all.Count == 0, string.Join("\n", all));
    }

    public static TheoryData<string, string, string, string> Warned => new()
    {
        { Jd.Fargate(), "ec2-only", "Platform", DiagnosticCodes.NoQueueCanRun },
        { Jd.Container(), "fargate-only", "Platform", DiagnosticCodes.NoQueueCanRun },
        { Jd.Eks(), "example", "Kind", DiagnosticCodes.NoQueueCanRun },
        { Jd.Container(), "eks", "Platform", DiagnosticCodes.NoQueueCanRun },
        { Jd.Container("'Vcpus': '1024'"), "example", "Vcpus", DiagnosticCodes.NoQueueCanRun },
        { Jd.Fargate("'Vcpus': '16', 'Memory': '32 GiB'"), "fargate-small", "Vcpus", DiagnosticCodes.NoQueueCanRun },
        { Jd.Container("'Vcpus': '4', 'Memory': '8 GiB', 'Gpus': '2'"), "example", "Gpus", DiagnosticCodes.NoQueueCanRun },
        { Jd.Container("'Gpus': '1'"), "spot-only", "Gpus", DiagnosticCodes.NoQueueCanRun },
        { Jd.Container("'Vcpus': '4', 'Memory': '16 GiB', 'Gpus': '1'"), "example", "Memory", DiagnosticCodes.MemoryFillsInstance },
        { Jd.Container("'Vcpus': '2', 'Memory': '1000 GiB'"), "spot-only", "Memory", DiagnosticCodes.MemoryFillsInstance },
        { Jd.MultiNode(), "spot-only", "Kind", DiagnosticCodes.NoQueueCanRun },
        { Jd.Fargate("'RuntimePlatform': {'CpuArchitecture': 'ARM64'}"), "example", "Platform", DiagnosticCodes.NoQueueCanRun },
        { Jd.Fargate("'RuntimePlatform': {'OperatingSystemFamily': 'WINDOWS_SERVER_2019_CORE'}"), "fargate-only", "Platform", DiagnosticCodes.NoQueueCanRun },
        { Jd.MultiNode("'InstanceType': 'm5.large'"), "example", "InstanceType", DiagnosticCodes.NoQueueCanRun },
        { Jd.MultiNode("'InstanceType': 'c6i.4xlarge', 'Nodes': [{'Range': '0:3', 'Image': 'x', 'Vcpus': '16', 'Memory': '31 GiB'}]"), "example", "Nodes[0].Memory", DiagnosticCodes.MemoryFillsInstance },
    };

    [Theory]
    [MemberData(nameof(Warned))]
    public void Validate_WhenNoQueueCanRunTheJob_Warns(string json, string stack, string property, string code)
    {
        var all = JobDefinitionHarness.Diagnose(json, jd => Stack(stack, jd));
        var d = all.FirstOrDefault(x => x.Path.ToString() == "JobDefinitions[0]." + property && x.Code == code);
        Assert.True(d is not null, $"expected {code} at {property}; got:\n{string.Join("\n", all)}");
        Assert.Equal(Severity.Warning, d!.Severity);
    }

    [Fact]
    public void Message_FargateJobWithoutFargateQueue_NamesTheComputeEnvironments() =>
        Assert.Equal("No queue in this stack could run this job definition: it needs a Fargate compute environment, and its queues use spot (an EC2 (ECS)), ondemand (an EC2 (ECS)).",
            JobDefinitionHarness.Diagnose(Jd.Fargate(), jd => Stack("ec2-only", jd)).Single().Message);

    [Fact]
    public void Message_MemoryFillsInstance_NamesTheInstanceType() =>
        Assert.Equal("Memory 16384 MiB is at least 95% of the whole RAM of g5.xlarge (16384 MiB), the largest instance its queues can launch; Batch reserves memory for the ECS agent and the OS, so the job would stay RUNNABLE. Ask for less memory or allow a larger instance type.",
            JobDefinitionHarness.Diagnose(Jd.Container("'Vcpus': '4', 'Memory': '16 GiB', 'Gpus': '1'"), jd => Stack("example", jd)).Single().Message);
}
