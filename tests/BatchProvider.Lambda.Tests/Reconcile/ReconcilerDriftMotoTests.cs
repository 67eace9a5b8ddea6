using BatchProvider.Testing.Moto;
using BatchProvider.Domain.BatchApi;
using BatchProvider.Domain.Planning;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Tests.Moto;

namespace BatchProvider.Lambda.Tests.Reconcile;

/// <summary>Someone changes the stack's resources behind its back (direct Batch calls); the next deploy repairs them.</summary>
[Collection(MotoCollection.Name)]
public sealed class ReconcilerDriftMotoTests(MotoServer moto) : IAsyncLifetime
{
    private readonly MotoStack _stack = new(moto);

    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> Drifts => new()
    {
        { "queue deleted", "etl" },
        { "queue disabled", "training" },
        { "queue priority changed", "fallback" },
        { "compute environment disabled", "spot" },
        { "fair-share weights changed", "fair" },
        { "job definition deregistered", "train" },
    };

    [MotoTheory]
    [MemberData(nameof(Drifts))]
    public async Task Deploy_AfterAChangeBehindTheStacksBack_RepairsIt(string drift, string resourceId)
    {
        var spec = _stack.Spec(MotoStack.Faithful);
        Assert.Equal(ApplyStatus.Succeeded, (await _stack.DeployAsync(spec)).Status);
        await DriftAsync(_stack.CleanBatch, drift);

        var seen = await _stack.Reconciler.PlanAsync(spec, previous: spec.Desired);
        var repaired = await _stack.DeployAsync(spec);
        var after = await _stack.Reconciler.PlanAsync(spec);

        Assert.Contains(seen.Plan.Steps, s => s.Resource.Id == resourceId && s.Action != StepAction.NoOp);
        Assert.Equal(ApplyStatus.Succeeded, repaired.Status);
        Assert.False(after.Plan.HasChanges, PlanFormatter.Text(after.Plan));
        await _stack.AssertDestroyLeavesNothingAsync(spec.Desired.StackName);
    }

    private static async Task DriftAsync(IBatchApi batch, string drift)
    {
        switch (drift)
        {
            case "queue deleted":
                await batch.UpdateJobQueueAsync(new UpdateJobQueueRequest { JobQueue = "research-etl", State = "DISABLED" });
                await batch.DeleteJobQueueAsync(new DeleteJobQueueRequest { JobQueue = "research-etl" });
                break;
            case "queue disabled":
                await batch.UpdateJobQueueAsync(new UpdateJobQueueRequest { JobQueue = "research-training", State = "DISABLED" });
                break;
            case "queue priority changed":
                await batch.UpdateJobQueueAsync(new UpdateJobQueueRequest { JobQueue = "research-fallback", Priority = 99 });
                break;
            case "compute environment disabled":
                await batch.UpdateComputeEnvironmentAsync(new UpdateComputeEnvironmentRequest { ComputeEnvironment = "research-spot", State = "DISABLED" });
                break;
            case "fair-share weights changed":
                await batch.UpdateSchedulingPolicyAsync(new UpdateSchedulingPolicyRequest
                {
                    Arn = $"{LocalMoto.ArnPrefix}:scheduling-policy/research-fair",
                    FairsharePolicy = new FairsharePolicy { ShareDistribution = [new ShareAttributes { ShareIdentifier = "vision", WeightFactor = 9 }] },
                });
                break;
            case "job definition deregistered":
                await batch.DeregisterJobDefinitionAsync(new DeregisterJobDefinitionRequest { JobDefinition = "research-train:1" });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(drift), drift, "no such drift in this table");
        }
    }
}
