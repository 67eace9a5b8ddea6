using System.Collections.Immutable;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Parsing;
using BatchProvider.Domain.Parsing.ComputeEnvironments;
using BatchProvider.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace BatchProvider.Domain.Tests.Properties;

/// <summary>
/// The pipeline is total over any input shape: random JSON-ish trees and random strings in any field never make
/// parsing, expansion or validation throw, and every diagnostic points at the input (or at a missing property of
/// something that exists).
/// </summary>
public class PipelinePropertyTests
{
    private static readonly string[] Pool =
    [
        "", " ", "0", "-1", "1", "3", "4", "16", "256", "512", "1001", "0.5", "-0.5", "1e3", "99999999999", "NaN", "true", "false",
        "30m", "0s", "25h", "7d", "90s", "5m", "ManagedEc2", "ManagedEks", "Fargate", "Unmanaged", "BEST_FIT", "BEST_FIT_PROGRESSIVE",
        "BEST_FIT_PROGRESSIVE_ORDERED", "SPOT_CAPACITY_OPTIMIZED", "SPOT_PRICE_CAPACITY_OPTIMIZED", "ECS_AL2023", "EKS_AL2023",
        "ECS_AL2023_NVIDIA", "ECS_AL2", "EKS_NODEADM", "m6i", "m6g", "a1", "p3.2xlarge", "c7g.large", "optimal", "default_arm64",
        "CANCEL", "TERMINATE", "RUNNABLE", "Cancel", "Resubmit", "Notify", "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY", "adhoc*", "a*", "a1",
        "a", "b", "c", "q", "p", "fair", "a@b", "spot-g2", "kube-system", "default", "batch",
        "arn:aws:iam::123456789012:role/r", "arn:aws:iam::123456789012:instance-profile/p", "AWSServiceRoleForBatch",
        "arn:aws:eks:us-east-1:123456789012:cluster/c", "arn:aws:batch:us-east-1:123456789012:compute-environment/x", "arn:bogus",
        "{{Fn::GetAtt X.Arn}}", "aws:x", "batchprovider:stack", "lt-1",
    ];

    private static readonly string[] Keys =
    [
        .. ComputeEnvironmentProperties.All, .. BatchStackParser.RootProperties,
        "Priority", "ComputeEnvironments", "SchedulingPolicy", "TimeLimitActions", "StuckJobs", "ShareDecay", "ComputeReservation", "Shares",
        "Type", "ImageIdOverride", "KubernetesVersion", "Name", "Version", "Overrides", "TargetInstanceTypes", "UserdataType",
        "TerminateJobsOnUpdate", "JobExecutionTimeout", "MinScaleDownDelay", "ComputeEnvironment", "Order", "Reason", "After", "Action",
        "State", "ResubmitTo", "Identifier", "Weight", "Bogus", "",
    ];

    private static readonly Gen<string> RandomText =
        Gen.ListOf(Gen.Elements("a", "Z", "0", "-", "_", "@", ":", "*", "é", " ", ".", "/", "{", "}", "\"", "\n", "\u0000"), 12)
            .Select(parts => string.Concat(parts));

    private static readonly Gen<string> Scalar = Gen.Frequency((8, Gen.Elements(Pool)), (2, RandomText));

    private static Gen<RandomTree> Value(int size) => size <= 0
        ? Gen.Frequency((6, Scalar.Select(s => (RandomTree)new RandomTree.Leaf(s))), (1, Gen.Constant((RandomTree)new RandomTree.Nil())), (1, Gen.Elements("!Ref X", "!ImportValue Y").Select(e => (RandomTree)new RandomTree.Opaque(e))))
        : Gen.Frequency(
            (4, Value(0)),
            (2, Gen.ListOf(Value(size / 3), 4).Select(v => (RandomTree)new RandomTree.Items([.. v]))),
            (2, Object(size / 3)));

    private static Gen<RandomTree> Object(int size) =>
        Gen.ListOf(Gen.Elements(Keys).Zip(Value(size)), 6)
            .Select(entries => (RandomTree)new RandomTree.Obj([.. entries.DistinctBy(e => e.Item1).Select(e => (e.Item1, e.Item2))]));

    private static Gen<RandomTree> Item(int size) =>
        Gen.Elements("a", "b", "c", "a@b", "", "spot-g2").Zip(Gen.Elements("ManagedEc2", "ManagedEks", "Fargate", "Unmanaged", "Ec2"))
            .Zip(Object(size))
            .Select(t => (RandomTree)new RandomTree.Obj([("Id", new RandomTree.Leaf(t.Item1.Item1)), ("Kind", new RandomTree.Leaf(t.Item1.Item2)), .. ((RandomTree.Obj)t.Item2).Entries.Where(e => e.Key is not "Id" and not "Kind")]));

    private static readonly Gen<RandomTree> Root = Gen.Sized(size =>
    {
        var family = Gen.ListOf(Item(Math.Min(size, 12)), 4).Select(items => (RandomTree)new RandomTree.Items([.. items]));
        return Gen.Elements("t", "", "-x", "research").Zip(Object(Math.Min(size, 12)))
            .Zip(family.Zip(family).Zip(family.Zip(family)))
            .Select(t => (RandomTree)new RandomTree.Obj([
                ("Name", new RandomTree.Leaf(t.Item1.Item1)), ("Defaults", t.Item1.Item2),
                ("ComputeEnvironments", t.Item2.Item1.Item1), ("SchedulingPolicies", t.Item2.Item1.Item2),
                ("JobQueues", t.Item2.Item2.Item1), ("JobDefinitions", t.Item2.Item2.Item2)]));
    });


    private static bool Exists(Node root, PropertyPath path)
    {
        Node? node = root;
        foreach (var segment in path.Segments)
        {
            node = (node, segment) switch
            {
                (MapNode m, string name) => m.Get(name),
                (ListNode l, int i) when i < l.Items.Length => l.Items[i],
                _ => null,
            };
            if (node is null) return false;
        }
        return true;
    }

    private static bool PointsAtInput(Node root, PropertyPath path) =>
        Exists(root, path) || (path.Segments is [.., string] && Exists(root, Parent(path)));

    private static PropertyPath Parent(PropertyPath path) =>
        path.Segments[..^1].Aggregate(PropertyPath.Root, (p, s) => s is int i ? p.Index(i) : p.Property((string)s));

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300).WithEndSize(40);

    [Fact]
    public void Pipeline_NeverThrows_AndEveryPathPointsAtTheInput()
    {
        Check.One(Runs, Prop.ForAll(Arb.From(Root), tree =>
        {
            var node = tree.ToNode(PropertyPath.Root);
            var result = SpecPipeline.Run(node, TestSupport.Specs.Now);
            var stray = result.Diagnostics.Where(d => !PointsAtInput(node, d.Path)).ToList();
            return stray.Count == 0 ? true : throw new Xunit.Sdk.XunitException("stray paths: " + string.Join("; ", stray));
        }));
    }

    [Fact]
    public void Pipeline_NeverThrows_OnAnyTree()
    {
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Sized(s => Value(Math.Min(s, 20)))), tree =>
        {
            var result = SpecPipeline.Run(tree.ToNode(PropertyPath.Root), TestSupport.Specs.Now);
            return result.Spec is null == result.Desired is null;
        }));
    }

    [Fact]
    public void Parse_IsDeterministic_TwoParsesOfOneTreeAreEqual()
    {
        Check.One(Runs, Prop.ForAll(Arb.From(Root), tree =>
        {
            var first = BatchStackParser.Parse(tree.ToNode(PropertyPath.Root), new DiagnosticBag());
            var second = BatchStackParser.Parse(tree.ToNode(PropertyPath.Root), new DiagnosticBag());
            return Equals(first, second) && first?.GetHashCode() == second?.GetHashCode();
        }));
    }

    [Fact]
    public void TemplateLoader_NeverThrows_OnRandomText()
    {
        var text = Gen.ListOf(Gen.Elements("Name: ", "!Ref ", "!Sub ", "[", "]", "{", "}", ":", "\n", "  ", "- ", "Resources", "Type: Custom::BatchStack",
            "Properties", "\"", "'", "#", "&a", "*a", "!GetAtt", ",", "x", "1", "Parameters", "Default", "List<String>", "\t", "%", "@"), 40)
            .Select(parts => string.Concat(parts));
        Check.One(Runs, Prop.ForAll(Arb.From(text), t =>
        {
            var loaded = TemplateLoader.Load(t, new Dictionary<string, string> { ["x"] = "1,2" });
            foreach (var stack in loaded.Stacks) SpecPipeline.Run(stack.Properties, TestSupport.Specs.Now);
            return loaded.Failed == loaded.Diagnostics.Any(d => d.Severity == Severity.Error);
        }));
    }
}
