using BatchProvider.Domain.Planning.Operations;
using System.Collections.Immutable;
using BatchProvider.Domain.Desired;
using BatchProvider.Domain.Observed;
using BatchProvider.Domain.Planning;
using BatchProvider.Lambda.Aws.Batch;

namespace BatchProvider.Lambda.Reconcile;

/// <summary>
/// Executes a <see cref="Plan"/> literally (Terraform's <c>Context.Apply</c>): every step's operation exactly as
/// written, independent steps concurrently (at most <see cref="ApplyOptions.MaxParallelism"/>), a step only after
/// every step it depends on succeeded. A failure stops its dependents (Skipped) while independent branches run on;
/// nothing is rolled back or improvised — the next run plans again from a fresh observation.
/// </summary>
/// <remarks>
/// <para>Budget: once less than <see cref="ApplyOptions.SafetyMargin"/> remains before the deadline (or the caller
/// cancels), no step starts, waits and retry back-offs stop, calls in flight finish, and the result is
/// <see cref="ApplyStatus.InProgress"/>. Every step boundary is a safe point because each created resource carries the
/// ownership tags in its create request: creating and recording a replacement are one call.</para>
/// <para>Always returns the resulting state: the result holds every step's outcome and a fresh observation.</para>
/// <para>Concurrency: without a synchronization context, step continuations run on the thread pool, so the progress
/// sink may be called from several threads at once.</para>
/// </remarks>
public sealed class Applier
{
    private readonly IBatchApi _batch;
    private readonly Observer _observer;
    private readonly TimeProvider _time;
    private readonly ApplyOptions _options;

    /// <summary>Creates an applier; <paramref name="options"/> are validated here.</summary>
    public Applier(IBatchApi batch, Observer observer, TimeProvider time, ApplyOptions? options = null)
    {
        _batch = batch;
        _observer = observer;
        _time = time;
        _options = (options ?? new ApplyOptions()).Validate();
    }

    /// <summary>Applies <paramref name="plan"/>, which was made against <paramref name="observed"/>.</summary>
    /// <param name="plan">The plan; one with errors is refused.</param>
    /// <param name="observed">The observation the plan was made from (for the ownership check).</param>
    /// <param name="desired">The desired state, for the final observation's collision check; null when destroying.</param>
    /// <param name="deadline">When the caller must have its answer.</param>
    /// <param name="progress">Receives <see cref="ApplyEvent"/>s synchronously as they happen.</param>
    /// <param name="cancellationToken">Stops the apply at the next safe point, like the deadline.</param>
    public async Task<ApplyResult> ApplyAsync(Plan plan, ObservedState observed, DesiredState? desired, DateTimeOffset deadline,
        IProgress<ApplyEvent>? progress = null, CancellationToken cancellationToken = default)
    {
        var problems = plan.Diagnostics.Where(d => d.Severity == Domain.Diagnostics.Severity.Error)
            .Select(d => $"plan error {d.Code} at {d.Path}: {d.Message}")
            .Concat(OwnershipGuard.Check(plan, observed))
            .ToImmutableArray();
        if (problems.Length > 0)
        {
            var untouched = plan.Steps.Select(s => new StepOutcome(s, StepStatus.Pending, null, null, TimeSpan.Zero));
            return new ApplyResult(ApplyStatus.Refused, [.. untouched], observed, problems, null);
        }

        using var budget = new CancellationTokenSource(Max(deadline - _options.SafetyMargin - _time.GetUtcNow(), TimeSpan.Zero), _time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        var context = new ApplyContext(_batch, _time, _options, stop.Token, progress);
        var outcomes = await RunStepsAsync(plan, context);

        var status = outcomes.Any(o => o.Status == StepStatus.Failed) ? ApplyStatus.Failed
            : outcomes.Any(o => o.Status == StepStatus.Pending) ? ApplyStatus.InProgress
            : ApplyStatus.Succeeded;
        var (after, observeError) = await ObserveAfterAsync(plan.StackName, desired);
        return new ApplyResult(status, outcomes, after, [], observeError);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    // Waits do not count against MaxParallelism: they share one batched Describe per round (StatusPoller), so
    // holding a slot while Batch takes 90 s to create a CE would only serialize creations (bench: 50 CEs took
    // 23 min instead of 2 with the waits counted).
    private static bool IsWait(Step step) => step.Operation is WaitForComputeEnvironment or WaitForJobQueue;

    private async Task<ImmutableArray<StepOutcome>> RunStepsAsync(Plan plan, ApplyContext context)
    {
        var steps = plan.Steps;
        var outcomes = new StepOutcome?[steps.Length];
        var byId = steps.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var started = new bool[steps.Length];
        var running = new Dictionary<Task<StepOutcome>, int>();
        while (true)
        {
            // Steps are in topological order, so one pass in list order settles every cascade of skips.
            for (var i = 0; i < steps.Length; i++)
            {
                if (started[i]) continue;
                var deps = steps[i].DependsOn.Select(d => byId[d]).ToList();
                var blocker = deps.FirstOrDefault(d => outcomes[d]?.Status is StepStatus.Failed or StepStatus.Skipped, -1);
                if (blocker >= 0)
                {
                    started[i] = true;
                    outcomes[i] = new StepOutcome(steps[i], StepStatus.Skipped, null, steps[blocker].Id, TimeSpan.Zero);
                    context.Report(new StepFinished(context.Now, steps[i], outcomes[i]!));
                    continue;
                }
                if (context.Stop.IsCancellationRequested || (!IsWait(steps[i]) && running.Values.Count(r => !IsWait(steps[r])) >= _options.MaxParallelism)) continue;
                if (deps.All(d => outcomes[d]?.Status == StepStatus.Succeeded))
                {
                    started[i] = true;
                    running.Add(RunStepAsync(steps[i], context), i);
                }
            }
            if (running.Count == 0) break;
            var finished = await Task.WhenAny(running.Keys);
            outcomes[running[finished]] = await finished;
            running.Remove(finished);
        }
        return [.. outcomes.Select((o, i) => o ?? new StepOutcome(steps[i], StepStatus.Pending, null, null, TimeSpan.Zero))];
    }

    private static async Task<StepOutcome> RunStepAsync(Step step, ApplyContext context)
    {
        var start = context.Now;
        context.Report(new StepStarted(start, step));
        StepResult result;
        try
        {
            result = await step.Operation.Accept(new StepExecutor(context, step));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException or TaskCanceledException
                                       or Polly.Timeout.TimeoutRejectedException or System.Text.Json.JsonException or Aws.AwsConfigurationException)
        {
            // The client gave up (no answer, an unreadable answer, no credentials): the step's effect is unknown,
            // which the next observation settles. Anything else is a bug and propagates.
            result = StepResult.Failed(new StepError(e.GetType().Name, e.Message, null));
        }
        var outcome = new StepOutcome(step, result.Status, result.Error, null, context.Now - start);
        context.Report(new StepFinished(context.Now, step, outcome));
        return outcome;
    }

    private async Task<(ObservedState? After, string? Error)> ObserveAfterAsync(string stackName, DesiredState? desired)
    {
        try
        {
            return (await _observer.ObserveAsync(stackName, desired, CancellationToken.None), null);
        }
        catch (Exception e) when (e is Aws.AwsServiceException or HttpRequestException or IOException or TimeoutException
                                       or Polly.Timeout.TimeoutRejectedException or System.Text.Json.JsonException or Aws.AwsConfigurationException)
        {
            return (null, e.Message);
        }
    }
}
