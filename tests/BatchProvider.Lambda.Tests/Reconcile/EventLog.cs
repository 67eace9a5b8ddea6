using BatchProvider.Lambda.Reconcile;

namespace BatchProvider.Lambda.Tests.Reconcile;

/// <summary>Records apply events synchronously and tracks how many steps ran at once.</summary>
internal sealed class EventLog(Action<int>? onFinished = null) : IProgress<ApplyEvent>
{
    private readonly Lock _gate = new();
    private readonly List<ApplyEvent> _events = [];
    private int _running;
    private int _waiting;
    private int _finished;

    public IReadOnlyList<ApplyEvent> Events { get { lock (_gate) return [.. _events]; } }

    /// <summary>Most steps that call Batch running at once (waits excluded: they do not hold a parallelism slot).</summary>
    public int MaxConcurrentSteps { get; private set; }

    /// <summary>Most wait steps running at once.</summary>
    public int MaxConcurrentWaits { get; private set; }

    public void Report(ApplyEvent value)
    {
        int finished;
        lock (_gate)
        {
            _events.Add(value);
            if (value is StepStarted started)
            {
                if (IsWait(started.Step)) MaxConcurrentWaits = Math.Max(MaxConcurrentWaits, ++_waiting);
                else MaxConcurrentSteps = Math.Max(MaxConcurrentSteps, ++_running);
            }
            // Skipped steps finish without having started.
            if (value is StepFinished { Outcome.Status: not StepStatus.Skipped } done)
            {
                if (IsWait(done.Step)) _waiting--;
                else _running--;
            }
            finished = value is StepFinished ? ++_finished : -1;
        }
        if (finished > 0) onFinished?.Invoke(finished);
    }

    private static bool IsWait(Domain.Planning.Step step) =>
        step.Operation is Domain.Planning.Operations.WaitForComputeEnvironment or Domain.Planning.Operations.WaitForJobQueue;
}
