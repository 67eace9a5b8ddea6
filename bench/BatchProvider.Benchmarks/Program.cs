using BatchProvider.Benchmarks.Specs;

// Modes besides BenchmarkDotNet's switcher: `generate N` prints the generated template of N resources (for
// bench/cfn-lint-ratio.sh); `scaling` times every stage and rule alone over growing stacks; `reconcile` runs the
// reconcile simulation against its baselines; `remediation-sweep [JOBS] [RPS]` seeds JOBS (default 10,000) RUNNABLE jobs
// in a moto it starts and times one stuck-job sweep against a one-job-at-a-time loop (bench/remediation-sweep.sh).
switch (args)
{
    case ["generate", var n]:
        Console.Write(StackGenerator.Template(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)));
        return 0;
    case ["scaling"]:
        Console.Write(BatchProvider.Benchmarks.Pipeline.ScalingProbe.Run());
        return 0;
    case ["reconcile"]:
        Console.Write(BatchProvider.Benchmarks.Reconcile.ReconcileReport.Render(BatchProvider.Benchmarks.Reconcile.ReconcileSimulation.Run()));
        return 0;
    case ["remediation-sweep", .. var rest]:
        var jobs = rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : BatchProvider.Benchmarks.Remediation.RemediationSweepBench.DefaultJobs;
        double? rps = rest.Length > 1 ? double.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : null;
        Console.Write(await BatchProvider.Benchmarks.Remediation.RemediationSweepBench.RunAsync(jobs, rps, Console.Error));
        return 0;
    default:
        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(StackGenerator).Assembly).Run(args);
        return 0;
}
