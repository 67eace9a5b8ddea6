using BatchProvider.Benchmarks.Pipeline;
using BatchProvider.Benchmarks.Specs;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Validation;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Testing.Simulation;
using BatchProvider.Testing.Time;
using BenchmarkDotNet.Attributes;

namespace BatchProvider.Benchmarks.Planning;

/// <summary>
/// The pure planner on the same inputs as <see cref="SpecPipelineBenchmarks"/>: planning a first deployment (nothing
/// observed), a deployment where everything already matches (every resource compared, all NoOp), and a destroy. The
/// "in place" observation is real: <see cref="Setup"/> deploys the stack into an instant <see cref="SimulatedBatch"/>
/// and observes it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PipelineConfig))]
public class PlannerBenchmarks
{
    private const string ArnPrefix = "arn:aws:batch:us-east-1:123456789012";
    private ValidatedSpec _spec = null!;
    private ObservedState _empty = null!;
    private ObservedState _inPlace = null!;
    private readonly PlanOptions _options = new(ArnPrefix);

    /// <summary>The input: the public example or a generated stack's resource count.</summary>
    [Params(BenchmarkInputs.Example, "10", "100", "1000")]
    public string Input { get; set; } = BenchmarkInputs.Example;

    [GlobalSetup]
    public void Setup()
    {
        _spec = SpecPipeline.Run(BenchmarkInputs.Properties(Input), TestDate.Now).Validated ?? throw new InvalidOperationException($"{Input} is invalid");
        _empty = ObservedState.Empty(_spec.Desired.StackName);
        var clock = new ManualClock();
        var batch = new SimulatedBatch(clock, SimulatedBatchOptions.Instant);
        var reconciler = new Reconciler(batch, clock, ArnPrefix, new ApplyOptions { MaxParallelism = 64 });
        var result = VirtualTime.Run(clock, () => reconciler.DeployAsync(_spec, clock.GetUtcNow().AddDays(1)));
        if (result.Status != ApplyStatus.Succeeded) throw new InvalidOperationException($"deploying {Input} ended {result.Status}");
        _inPlace = result.After ?? throw new InvalidOperationException("no observation after deploying");
        if (Planner.Plan(_spec, _inPlace, _options).HasChanges) throw new InvalidOperationException($"{Input} does not converge in one apply");
    }

    [Benchmark(Description = "plan create (nothing exists)")]
    public Plan Create() => Planner.Plan(_spec, _empty, _options);

    [Benchmark(Description = "plan no-op (everything in place)")]
    public Plan NoOp() => Planner.Plan(_spec, _inPlace, _options);

    [Benchmark(Description = "plan destroy")]
    public Plan Destroy() => Planner.PlanDestroy(_inPlace, _options);
}
