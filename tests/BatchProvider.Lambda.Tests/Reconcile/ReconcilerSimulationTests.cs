using BatchProvider.Domain.Planning;
using BatchProvider.Domain.Validation;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Testing.Inventory;
using BatchProvider.Testing.Simulation;
using BatchProvider.Testing.Specs;
using BatchProvider.Testing.Time;

namespace BatchProvider.Lambda.Tests.Reconcile;

/// <summary>
/// Observe → plan → apply of the example against <see cref="SimulatedBatch"/> with Batch's timing (CEs CREATING for
/// 90 s, DELETING for 3 min, queue relationships lingering for 2 min after a queue lets go) on virtual time: what moto cannot
/// show, in milliseconds of wall time.
/// </summary>
public sealed class ReconcilerSimulationTests
{
    private static readonly IReadOnlyDictionary<string, string> Parameters = new Dictionary<string, string>
    {
        ["Subnets"] = "subnet-0a1b2c3d4e5f60718,subnet-0b1c2d3e4f5a60718",
        ["SecurityGroups"] = "sg-0a1b2c3d4e5f60718",
        ["InstanceProfileArn"] = "arn:aws:iam::123456789012:instance-profile/ecsInstanceRole",
        ["ExecutionRoleArn"] = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        ["TrainingRoleArn"] = "arn:aws:iam::123456789012:role/training",
    };

    private static readonly ValidatedSpec V1 = StackFiles.Validate(StackFiles.Read(MotoStack.Example), Parameters);
    private static readonly ValidatedSpec V2 = StackFiles.Validate(StackFiles.Read(MotoStack.ExampleV2), Parameters);

    private readonly ManualClock _clock = new();
    private readonly SimulatedBatch _batch;
    private readonly Reconciler _reconciler;

    public ReconcilerSimulationTests()
    {
        // Batch forgets a queue relationship slowly here (2 minutes), so that deleting a just-released CE must retry.
        _batch = new SimulatedBatch(_clock, new SimulatedBatchOptions { QueueRelationshipLinger = TimeSpan.FromMinutes(2) });
        _reconciler = new Reconciler(_batch, _clock, "arn:aws:batch:us-east-1:123456789012");
    }

    private DateTimeOffset In(TimeSpan budget) => _clock.GetUtcNow() + budget;

    private ApplyResult Deploy(ValidatedSpec spec, IProgress<ApplyEvent>? progress = null, TimeSpan? budget = null) =>
        VirtualTime.Run(_clock, () => _reconciler.DeployAsync(spec, In(budget ?? TimeSpan.FromHours(1)), progress));

    private Plan PlanOf(ValidatedSpec spec) => VirtualTime.Run(_clock, () => _reconciler.PlanAsync(spec)).Plan;

    [Fact]
    public void Lifecycle_WithBatchTiming_NeverLeavesAQueueWithoutAValidComputeEnvironmentAndConverges()
    {
        Assert.Equal(ApplyStatus.Succeeded, Deploy(V1).Status);
        Assert.False(PlanOf(V1).HasChanges, PlanFormatter.Text(PlanOf(V1)));
        var availability = new QueueAvailabilityRecorder(_batch.Peek);

        var updated = Deploy(V2, availability);

        Assert.Equal(ApplyStatus.Succeeded, updated.Status);
        Assert.Empty(availability.Violations);
        Assert.False(PlanOf(V2).HasChanges, PlanFormatter.Text(PlanOf(V2)));
        Assert.Contains("research-serverless-g2", _batch.Peek().ComputeEnvironments.Select(c => c.ComputeEnvironmentName));
    }

    [Fact]
    public void Destroy_WhileQueueRelationshipsLinger_RetriesTheComputeEnvironmentDeletesAndLeavesNothing()
    {
        Deploy(V1);
        var events = new EventLog();

        var destroyed = VirtualTime.Run(_clock, () => _reconciler.DestroyAsync(V1.Desired.StackName, In(TimeSpan.FromHours(1)), events));

        Assert.Equal(ApplyStatus.Succeeded, destroyed.Status);
        Assert.Contains(events.Events.OfType<StepRetrying>(), e => e.Error.Message.Contains("found existing JobQueue relationship"));
        Assert.Equal(0, _batch.Peek().Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(15)]
    public void Deploy_InSlicesOfAFewMinutes_ContinuesAcrossInvocationsUntilConverged(int minutesPerInvocation)
    {
        var statuses = new List<ApplyStatus>();
        foreach (var spec in new[] { V1, V2 })
        {
            ApplyResult result;
            do statuses.Add((result = Deploy(spec, budget: TimeSpan.FromMinutes(minutesPerInvocation))).Status);
            while (result.Status == ApplyStatus.InProgress && statuses.Count < 50);
            Assert.Equal(ApplyStatus.Succeeded, result.Status);
        }

        Assert.DoesNotContain(ApplyStatus.Failed, statuses);
        Assert.Equal(minutesPerInvocation < 15, statuses.Contains(ApplyStatus.InProgress));
        Assert.False(PlanOf(V2).HasChanges);
    }

    [Fact]
    public void Deploy_WaitingOnSeveralResources_PollsEachFamilyInBatches()
    {
        Deploy(V1);

        var waits = _batch.Calls.Count(c => c.Operation == "DescribeComputeEnvironments");
        // Four CE waits (three creations and the update-policy follow-up) over ~2 minutes: polled together they cost
        // about one describe per round, well under one per wait per round (≥ 4 × 5).
        Assert.InRange(waits, 1, 12);
    }
}
