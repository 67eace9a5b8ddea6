using System.Globalization;
using System.Text;
using BatchProvider.Benchmarks.Specs;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Validation;
using BatchProvider.Testing.Time;

namespace BatchProvider.Benchmarks.Reconcile;

/// <summary>
/// The stacks the reconcile simulation deploys, each in two versions: as written, and "changed" so that some compute
/// environments must be replaced (Batch cannot update the changed property in place): a new CE is created, its queues
/// move to it, and the old one is disabled and deleted.
/// </summary>
public static class ReconcileStacks
{
    /// <summary>The public example; its changed version moves the Fargate CE <c>serverless</c> from Spot to on-demand (FARGATE_SPOT → FARGATE).</summary>
    public static (ValidatedSpec Original, ValidatedSpec Changed) Example()
    {
        var text = BenchmarkInputs.Text(BenchmarkInputs.Example);
        var changed = text.Replace("          Kind: Fargate\n          Spot: true\n", "          Kind: Fargate\n          Spot: false\n", StringComparison.Ordinal);
        if (changed == text) throw new InvalidOperationException("the example no longer has the Fargate Spot CE this benchmark changes");
        return (Validate(text, BenchmarkInputs.ExampleParameters), Validate(changed, BenchmarkInputs.ExampleParameters));
    }

    /// <summary>
    /// A generated stack of <paramref name="computeEnvironments"/> CEs whose kinds cycle ManagedEc2, Fargate, ManagedEks,
    /// Unmanaged; one queue per CE; one fair-share policy per five queues (on the ECS queues); one job definition per CE.
    /// The changed version gives every ManagedEc2 CE other instance classes; they use BEST_FIT, which rules out an
    /// infrastructure update, so a quarter of the CEs are replaced.
    /// </summary>
    public static (ValidatedSpec Original, ValidatedSpec Changed) Generated(int computeEnvironments) =>
        (Validate(Template(computeEnvironments, changed: false), new Dictionary<string, string>()),
         Validate(Template(computeEnvironments, changed: true), new Dictionary<string, string>()));

    /// <summary>How many Batch resources <see cref="Generated"/> declares.</summary>
    public static int Resources(int computeEnvironments) => 3 * computeEnvironments + (computeEnvironments + 4) / 5;

    private static ValidatedSpec Validate(string text, IReadOnlyDictionary<string, string> parameters)
    {
        var loaded = TemplateLoader.Load(text, parameters);
        var result = SpecPipeline.Run(loaded.Stacks.Single().Properties, TestDate.Now);
        return result.Validated ?? throw new InvalidOperationException("benchmark stack is invalid: " + string.Join("; ", result.Diagnostics));
    }

    private static string Template(int count, bool changed)
    {
        var y = new StringBuilder();
        y.AppendLine("Name: sim");
        y.AppendLine("Defaults: { Subnets: [subnet-0a1b2c3d], SecurityGroups: [sg-0123abcd], InstanceRole: arn:aws:iam::123456789012:instance-profile/ecsInstanceRole }");
        y.AppendLine("ComputeEnvironments:");
        for (var i = 0; i < count; i++)
        {
            y.AppendLine((i % 4) switch
            {
                0 => $"  - {{ Id: ce{i}, Kind: ManagedEc2, AllocationStrategy: BEST_FIT, InstanceClasses: [{(changed ? "m5, c5" : "m6i, c6i")}], UseOptimalInstanceClasses: false, MaxvCpus: 256 }}",
                1 => $"  - {{ Id: ce{i}, Kind: Fargate, MaxvCpus: 64 }}",
                2 => $"  - {{ Id: ce{i}, Kind: ManagedEks, EksCluster: arn:aws:eks:us-east-1:123456789012:cluster/c{i / 4}, KubernetesNamespace: batch, InstanceTypes: [m6i.2xlarge], UseOptimalInstanceClasses: false, MaxvCpus: 128 }}",
                _ => $"  - {{ Id: ce{i}, Kind: Unmanaged, UnmanagedvCpus: 16, ServiceRole: arn:aws:iam::123456789012:role/service-role/AWSBatchServiceRole }}",
            });
        }
        y.AppendLine("SchedulingPolicies:");
        for (var p = 0; p < (count + 4) / 5; p++) y.AppendLine(CultureInfo.InvariantCulture, $"  - {{ Id: fair{p}, ShareDecay: 5m, Shares: [{{ Identifier: team, Weight: 1 }}] }}");
        y.AppendLine("JobQueues:");
        for (var i = 0; i < count; i++)
        {
            var policy = i % 4 == 0 || i % 4 == 3 ? $", SchedulingPolicy: fair{i / 5}" : "";
            y.AppendLine(CultureInfo.InvariantCulture, $"  - {{ Id: q{i}, Priority: {i + 1}, ComputeEnvironments: [ce{i}]{policy} }}");
        }
        y.AppendLine("JobDefinitions:");
        for (var i = 0; i < count; i++)
        {
            y.AppendLine((i % 4) switch
            {
                1 => $"  - {{ Id: jd{i}, Kind: Container, Platform: FARGATE, Image: busybox, Command: [echo], Vcpus: 0.5, Memory: 1 GiB, ExecutionRole: arn:aws:iam::123456789012:role/exec }}",
                2 => $"  - {{ Id: jd{i}, Kind: Eks, Containers: [{{ Image: busybox, Command: [echo], Resources: {{ Limits: {{ cpu: '1', memory: 2048Mi }} }} }}] }}",
                _ => $"  - {{ Id: jd{i}, Kind: Container, Platform: EC2, Image: busybox, Command: [echo], Vcpus: 1, Memory: 2 GiB }}",
            });
        }
        return y.ToString();
    }
}
