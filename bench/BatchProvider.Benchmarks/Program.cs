using BatchProvider.Benchmarks.Specs;

// Modes besides BenchmarkDotNet's switcher: `generate N` prints the generated template of N resources (for
// bench/cfn-lint-ratio.sh); `scaling` times every stage and rule alone over growing stacks; `reconcile` runs the
// reconcile simulation against its baselines.
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
    default:
        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(StackGenerator).Assembly).Run(args);
        return 0;
}
