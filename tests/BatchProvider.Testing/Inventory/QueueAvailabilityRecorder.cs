using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Reconcile;

namespace BatchProvider.Testing.Inventory;

/// <summary>
/// The zero-downtime check: after every finished step of an apply it reads every queue and compute environment and
/// records each moment at which a VALID, ENABLED queue had no VALID, ENABLED compute environment to run jobs on.
/// It reads synchronously inside the progress callback, so the state is the one between two steps.
/// </summary>
/// <param name="snapshot">Reads the account synchronously: <see cref="Over(IBatchApi)"/> for a real client,
/// <c>SimulatedBatch.Peek</c> on virtual time (where blocking on a call would stall the clock).</param>
public sealed class QueueAvailabilityRecorder(Func<BatchInventory> snapshot) : IProgress<ApplyEvent>
{
    private readonly Lock _gate = new();
    private readonly List<string> _violations = [];

    /// <summary>A recorder that lists <paramref name="batch"/> (blocking) at each moment.</summary>
    public static QueueAvailabilityRecorder Over(IBatchApi batch) => new(() => BatchInventory.TakeAsync(batch).GetAwaiter().GetResult());

    /// <summary>How many moments were checked.</summary>
    public int Moments { get; private set; }

    /// <summary>Every moment a queue had nothing to run on: "after STEP: queue Q has [CE (status, state), ...]".</summary>
    public IReadOnlyList<string> Violations { get { lock (_gate) return [.. _violations]; } }

    /// <inheritdoc />
    public void Report(ApplyEvent value)
    {
        if (value is not StepFinished finished) return;
        lock (_gate)
        {
            var inventory = snapshot();
            Moments++;
            var ces = inventory.ComputeEnvironments.ToDictionary(c => c.ComputeEnvironmentArn!);
            foreach (var queue in inventory.JobQueues.Where(q => q is { Status: "VALID", State: "ENABLED" }))
            {
                var attached = (queue.ComputeEnvironmentOrder ?? []).Select(o => ces.GetValueOrDefault(o.ComputeEnvironment!)).ToList();
                if (attached.Any(c => c is { Status: "VALID", State: "ENABLED" })) continue;
                _violations.Add($"after {finished.Step.Id}: queue {queue.JobQueueName} has [{string.Join(", ", attached.Select(c => c is null ? "missing" : $"{c.ComputeEnvironmentName} ({c.Status}, {c.State})"))}]");
            }
        }
    }
}
