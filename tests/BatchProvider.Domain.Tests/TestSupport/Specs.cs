using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Domain.Tests.TestSupport;

/// <summary>Builds specs from YAML fragments and runs the pipeline over them.</summary>
public static class Specs
{
    public const string InstanceProfile = "arn:aws:iam::123456789012:instance-profile/batch";

    /// <summary>Defaults that make every kind deployable, so a fragment only states what it tests.</summary>
    public const string Defaults = $"Defaults: {{ Subnets: [subnet-1], SecurityGroups: [sg-1], InstanceRole: \"{InstanceProfile}\" }}";

    /// <summary>A set of compute environments for queue rows: ec2, ec2b (x86), arm (Graviton), far, far2 (Fargate), eks.</summary>
    public const string ComputeEnvironments = """
        ComputeEnvironments:
          - { Id: ec2, Kind: ManagedEc2 }
          - { Id: ec2b, Kind: ManagedEc2 }
          - { Id: arm, Kind: ManagedEc2, InstanceClasses: [m6g], UseOptimalInstanceClasses: false }
          - { Id: far, Kind: Fargate }
          - { Id: far2, Kind: Fargate, Spot: true }
          - { Id: eks, Kind: ManagedEks, EksCluster: "arn:aws:eks:us-east-1:123456789012:cluster/c", KubernetesNamespace: batch }
        SchedulingPolicies: [{ Id: fair }]
        """;

    /// <summary>Parses a bare spec written as YAML.</summary>
    public static Node Parse(string yaml)
    {
        var loaded = TemplateLoader.Load(yaml, new Dictionary<string, string>());
        Assert.False(loaded.Failed, string.Join("\n", loaded.Diagnostics));
        return Assert.Single(loaded.Stacks).Properties;
    }

    /// <summary>
    /// The fixed "now" of validation in tests (2026-03-01, before Batch's AL2 cutoff), so results do not depend on the
    /// day the tests run; the date rules' own tests pass theirs.
    /// </summary>
    public static DateTimeOffset Now { get; } = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the pipeline over a bare YAML spec at <paramref name="now"/> (default <see cref="Now"/>).</summary>
    public static SpecPipelineResult Run(string yaml, DateTimeOffset? now = null) => SpecPipeline.Run(Parse(yaml), now ?? Now);

    /// <summary>A stack with one compute environment written as flow-mapping entries, used by one queue.</summary>
    public static string WithComputeEnvironment(string entries) => $$"""
        Name: t
        {{Defaults}}
        ComputeEnvironments:
          - { Id: c, {{entries}} }
        JobQueues: [{ Id: q, ComputeEnvironments: [c] }]
        """;

    /// <summary>A stack with <see cref="ComputeEnvironments"/> and the given queues (flow mappings, one per line).</summary>
    public static string WithQueues(params string[] queues) =>
        $"Name: t\n{Defaults}\n{ComputeEnvironments}\nJobQueues:\n" + string.Join("\n", queues.Select(q => $"  - {q}"));

    /// <summary>A stack with the given scheduling policies (flow mappings).</summary>
    public static string WithPolicies(params string[] policies) =>
        $"Name: t\n{Defaults}\nComputeEnvironments: [{{ Id: c, Kind: ManagedEc2 }}]\nJobQueues: [{{ Id: q, ComputeEnvironments: [c], SchedulingPolicy: p }}]\nSchedulingPolicies:\n"
        + string.Join("\n", policies.Select(p => $"  - {p}"));

    /// <summary>Renders diagnostics for assertion messages.</summary>
    public static string Show(SpecPipelineResult result) => string.Join("\n", result.Diagnostics);

    /// <summary>Asserts that <paramref name="result"/> reports <paramref name="code"/> at <paramref name="path"/> with <paramref name="severity"/>.</summary>
    public static Diagnostic AssertReports(SpecPipelineResult result, string path, string code, Severity severity = Severity.Error)
    {
        var match = result.Diagnostics.FirstOrDefault(d => d.Path.ToString() == path && d.Code == code && d.Severity == severity);
        Assert.True(match is not null, $"expected {severity} {code} at {path}; got:\n{Show(result)}");
        return match!;
    }

    /// <summary>Asserts that <paramref name="result"/> has no error.</summary>
    public static void AssertNoErrors(SpecPipelineResult result) =>
        Assert.False(result.HasErrors, $"expected no errors; got:\n{Show(result)}");

    /// <summary>The path of the test's examples folder.</summary>
    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "Examples", name);
}
