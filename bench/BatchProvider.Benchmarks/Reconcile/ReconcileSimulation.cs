using System.Diagnostics;
using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Validation;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Testing.Simulation;
using BatchProvider.Testing.Time;

namespace BatchProvider.Benchmarks.Reconcile;

/// <summary>
/// Create, update with a replacement, and delete of each stack, by our reconciler and by the two baselines, each driver
/// on its own fresh <see cref="SimulatedBatch"/> with realistic timing (CE create 90 s, update 30 s, delete 3 min;
/// queue create 15 s, delete 60 s; 50 ms + 0-100 ms per call; 50 requests per second) on a virtual clock.
/// </summary>
/// <remarks>
/// Lambda-billed time of our provider: the time at least one API call is in flight plus the real CPU time of the run.
/// That models the continuation design (between polls the function ends and a delayed SQS message re-invokes it), so
/// waits are not billed; the re-observation each re-invocation would add is not counted. The naive baseline is billed
/// for its whole run, and a run beyond 15 minutes is a Lambda timeout. CloudFormation's handlers bill nobody.
/// </remarks>
public static class ReconcileSimulation
{
    /// <summary>Lambda's maximum run time.</summary>
    public static readonly TimeSpan LambdaLimit = TimeSpan.FromMinutes(15);

    private const string ArnPrefix = "arn:aws:batch:us-east-1:123456789012";
    private static readonly TimeSpan ContinuationGap = TimeSpan.FromSeconds(1);

    /// <summary>What the user's Lambda is billed for.</summary>
    private enum Billing
    {
        /// <summary>Time in API calls plus CPU: the function ends at every wait and is re-invoked (our continuation design).</summary>
        ActiveTime,

        /// <summary>The whole run, up to the 15-minute limit: the function sleeps while it waits.</summary>
        WholeRun,

        /// <summary>Nothing: CloudFormation's own handlers do the work.</summary>
        None,
    }

    private sealed record Driver(string Name, Billing Billing, Func<Session, ValidatedSpec?, string, Task<string>> Run);

    private static readonly Driver[] Drivers =
    [
        new(ReconcileReport.Ours, Billing.ActiveTime, (s, spec, stack) => s.OursAsync(spec, stack, new ApplyOptions())),
        new("BatchProvider, MaxParallelism 64", Billing.ActiveTime, (s, spec, stack) => s.OursAsync(spec, stack, new ApplyOptions { MaxParallelism = 64 })),
        new(ReconcileReport.CloudFormation, Billing.None, (s, spec, stack) => s.BaselineAsync(spec, stack, cloudFormation: true)),
        new(ReconcileReport.InLambda, Billing.WholeRun, (s, spec, stack) => s.BaselineAsync(spec, stack, cloudFormation: false)),
    ];

    /// <summary>Runs every stack × driver × operation and returns the measurements in that order.</summary>
    public static List<Measurement> Run()
    {
        var stacks = new List<(string Label, (ValidatedSpec Original, ValidatedSpec Changed) Specs)>
        {
            ("example (3 CE, 10 resources)", ReconcileStacks.Example()),
            ($"10 CE ({ReconcileStacks.Resources(10)} resources)", ReconcileStacks.Generated(10)),
            ($"50 CE ({ReconcileStacks.Resources(50)} resources)", ReconcileStacks.Generated(50)),
        };
        var results = new List<Measurement>();
        foreach (var (label, (original, changed)) in stacks)
        {
            foreach (var driver in Drivers)
            {
                var session = new Session();
                foreach (var (operation, spec) in new[] { ("create", original), ("update (replace)", changed), ("delete", (ValidatedSpec?)null) })
                    results.Add(session.Measure(label, operation, driver, spec, original.Desired.StackName));
            }
        }
        return results;
    }

    /// <summary>One driver's service: a fresh clock, simulated Batch and client, kept across its three operations.</summary>
    private sealed class Session
    {
        private readonly ManualClock _clock = new();
        private readonly SimulatedBatch _batch;
        private readonly ServiceClient _client;
        private DateTimeOffset _start;

        public Session()
        {
            _batch = new SimulatedBatch(_clock, SimulatedBatchOptions.Realistic);
            _client = new ServiceClient(_batch, _clock, seed: 42);
        }

        public Measurement Measure(string stack, string operation, Driver driver, ValidatedSpec? spec, string stackName)
        {
            _batch.ClearCalls();
            _client.Reset();
            _start = _clock.GetUtcNow();
            var cpu = Stopwatch.StartNew();
            var note = VirtualTime.Run(_clock, () => driver.Run(this, spec, stackName));
            cpu.Stop();
            var wall = _clock.GetUtcNow() - _start;
            var calls = _batch.Calls;
            var throttled = calls.Count(c => c.Error == "TooManyRequestsException");
            var (busy, gaps) = _client.BusyTime(ContinuationGap);
            TimeSpan? billed = driver.Billing switch
            {
                Billing.None => null,
                Billing.WholeRun => wall < LambdaLimit ? wall : LambdaLimit,
                Billing.ActiveTime => busy + cpu.Elapsed,
                _ => throw new ArgumentOutOfRangeException(nameof(driver)),
            };
            if (driver.Billing == Billing.ActiveTime)
            {
                note = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{gaps + 1} invocations; in API calls {busy.TotalSeconds:0.0} s + CPU {cpu.Elapsed.TotalSeconds:0.00} s{note}");
            }
            return new Measurement(stack, operation, driver.Name, wall, calls.Count, throttled, billed, note);
        }

        public async Task<string> OursAsync(ValidatedSpec? spec, string stackName, ApplyOptions options)
        {
            var reconciler = new Reconciler(_client, _clock, ArnPrefix, options);
            var deadline = _clock.GetUtcNow().AddDays(1);
            var result = spec is null
                ? await reconciler.DestroyAsync(stackName, deadline)
                : await reconciler.DeployAsync(spec, deadline);
            if (result.Status != ApplyStatus.Succeeded)
                throw new InvalidOperationException($"reconcile ended {result.Status}: {string.Join("; ", result.Failures.Select(f => $"{f.Step.Id}: {f.Error}"))} {string.Join("; ", result.Problems)}");
            return "";
        }

        public async Task<string> BaselineAsync(ValidatedSpec? spec, string stackName, bool cloudFormation)
        {
            // The baselines know their resources (CloudFormation keeps state), so the observation that gives them our
            // plan is not theirs to pay for: it is taken, then forgotten, before the clock starts.
            var planner = new Reconciler(_client, _clock, ArnPrefix);
            var plan = spec is null ? (await planner.PlanDestroyAsync(stackName)).Plan : (await planner.PlanAsync(spec)).Plan;
            _batch.ClearCalls();
            _client.Reset();
            _start = _clock.GetUtcNow();
            if (cloudFormation)
            {
                await Baselines.CloudFormationAsync(plan, new FixedPollingStepRunner(_client, _clock, FixedPolling.CloudFormation));
                return "";
            }
            var finished = await Baselines.InLambdaAsync(plan, new FixedPollingStepRunner(_client, _clock, FixedPolling.NaiveSleep), _clock);
            var done = finished.Count(t => t - _start <= LambdaLimit);
            return done == finished.Count ? "" : $"TIMES OUT at 15 min ({done} of {finished.Count} steps done)";
        }
    }
}
