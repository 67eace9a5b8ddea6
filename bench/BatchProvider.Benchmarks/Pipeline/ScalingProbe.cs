using System.Diagnostics;
using System.Globalization;
using System.Text;
using BatchProvider.Benchmarks.Specs;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Expansion;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Input;
using BatchProvider.Domain.Parsing;
using BatchProvider.Domain.Validation.JobDefinitions;
using BatchProvider.Domain.Validation;
using BatchProvider.Testing.Time;

namespace BatchProvider.Benchmarks.Pipeline;

/// <summary>
/// Finds which part of the pipeline grows faster than the input: times every stage and every validation rule alone
/// on generated stacks of 250 to 4,000 resources (after a JIT warm-up pass: the fastest of 9 runs, each after a full GC — the minimum is the figure least disturbed by
/// other processes on a shared machine; Stopwatch, no BenchmarkDotNet
/// so that all sizes fit in a minute) and prints the cost per resource and the growth exponent k of t ∝ n^k between
/// the three largest sizes (least squares on log t against log n; 1 = linear, 2 = quadratic). A coarse instrument: use it to find the culprit, and
/// <see cref="SpecPipelineBenchmarks"/> for the figures.
/// </summary>
public static class ScalingProbe
{
    private static readonly int[] Sizes = [250, 500, 1000, 2000, 4000];

    public static string Run()
    {
        // A throw-away pass on the smallest size lets the JIT reach optimized code for every stage first.
        Measure(new Dictionary<string, double[]>(), 0, warmups: 30);
        var rows = new Dictionary<string, double[]>();
        for (var s = 0; s < Sizes.Length; s++) Measure(rows, s, warmups: 2);
        return Render(rows);
    }

    private static void Measure(Dictionary<string, double[]> rows, int s, int warmups)
    {
        {
            var input = Sizes[s].ToString(CultureInfo.InvariantCulture);
            var text = BenchmarkInputs.Text(input);
            var parameters = BenchmarkInputs.Parameters(input);
            var root = (MapNode)BenchmarkInputs.Properties(input);
            var spec = BatchStackParser.Parse(root, new DiagnosticBag())!;
            var desired = StackExpander.Expand(spec);
            var context = new RuleContext(root, spec, desired, TestDate.Now);
            Record(rows, "load (YAML → Node)", s, () => TemplateLoader.Load(text, parameters));
            Record(rows, "parse", s, () => BatchStackParser.Parse(root, new DiagnosticBag()));
            Record(rows, "expand", s, () => StackExpander.Expand(spec));
            foreach (var rule in StackRules.All) Record(rows, "rule " + rule.GetType().Name, s, () => rule.Check(context, new DiagnosticBag()));
            Record(rows, "rule JobDefinitionRules (all)", s, () =>
            {
                var bag = new DiagnosticBag();
                foreach (var (jd, expanded) in spec.JobDefinitions.Zip(desired.JobDefinitions)) JobDefinitionRules.Validate(jd, expanded, desired, bag);
            });
            var diagnostics = SpecPipeline.Run(root, TestDate.Now).Diagnostics;
            Record(rows, "sort diagnostics (DiagnosticOrder.Sort)", s, () => DiagnosticSort.Sort(root, diagnostics));
            Record(rows, "pipeline: SpecPipeline.Run (parse+expand+validate+sort)", s, () => SpecPipeline.Run(root, TestDate.Now));
        }

        void Record(Dictionary<string, double[]> rows, string name, int size, Action action) => ScalingProbe.Record(rows, name, size, action, warmups);
    }

    private static void Record(Dictionary<string, double[]> rows, string name, int size, Action action, int warmups)
    {
        if (!rows.TryGetValue(name, out var times)) rows[name] = times = new double[Sizes.Length];
        for (var i = 0; i < warmups; i++) action();
        // Repeat fast actions so that one sample lasts at least 10 ms, well above the timer's and the scheduler's grain.
        var once = Stopwatch.StartNew();
        action();
        var repeats = (int)Math.Clamp(10_000 / Math.Max(once.Elapsed.TotalMicroseconds, 1), 1, 100_000);
        var samples = new double[9];
        for (var i = 0; i < samples.Length; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            for (var r = 0; r < repeats; r++) action();
            samples[i] = watch.Elapsed.TotalMicroseconds / repeats;
        }
        Array.Sort(samples);
        times[size] = samples[0];
    }

    private static string Render(Dictionary<string, double[]> rows)
    {
        var md = new StringBuilder();
        md.Append("| Stage | ").AppendJoin(" | ", Sizes.Select(n => $"µs/resource @ {n}")).AppendLine(" | k (1000→4000) |");
        md.Append("|---|").AppendJoin("", Sizes.Select(_ => "---:|")).AppendLine("---:|");
        foreach (var (name, times) in rows)
        {
            var k = Slope([.. Sizes[^3..].Select(n => Math.Log(n))], [.. times[^3..].Select(t => Math.Log(t))]);
            md.Append(CultureInfo.InvariantCulture, $"| {name} | ")
              .AppendJoin(" | ", times.Select((t, i) => (t / Sizes[i]).ToString("0.00", CultureInfo.InvariantCulture)))
              .AppendLine(CultureInfo.InvariantCulture, $" | {k:0.00}{(k > 1.4 ? " ⚠" : "")} |");
        }
        return md.ToString();
    }

    private static double Slope(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        return x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my)) / x.Sum(v => (v - mx) * (v - mx));
    }
}
