using BatchProvider.Domain.Validation;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Lambda.Tests.Moto;
using BatchProvider.Testing.Specs;

namespace BatchProvider.Lambda.Tests.Reconcile;

/// <summary>
/// A reconciler wired to the moto fixture the way the CLI sandbox wires it (the production BatchClient behind the
/// service-linked-role default), with polling tuned for moto, which reports VALID at once.
/// </summary>
internal sealed class MotoStack
{
    public const string Example = "examples/research-platform.yaml";
    public const string ExampleV2 = "examples/research-platform-v2.yaml";

    /// <summary>The example minus what moto does not round-trip: "converged" can be asserted on it.</summary>
    public const string Faithful = "tests/BatchProvider.Lambda.Tests/Reconcile/Specs/research-platform.moto.yaml";

    public static readonly ApplyOptions FastPolling = new()
    {
        FirstPollDelay = TimeSpan.FromMilliseconds(20),
        MaxPollDelay = TimeSpan.FromMilliseconds(200),
        FirstRetryDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryDelay = TimeSpan.FromMilliseconds(200),
        SafetyMargin = TimeSpan.FromSeconds(1),
    };

    public MotoStack(MotoServer moto, Func<AwsClientOptions, AwsClientOptions>? configure = null, ApplyOptions? options = null)
    {
        Moto = moto;
        Batch = new ServiceLinkedRoleDefault(moto.CreateBatchClient(configure), LocalMoto.AccountId);
        Reconciler = new Reconciler(Batch, TimeProvider.System, LocalMoto.ArnPrefix, options ?? FastPolling);
    }

    public MotoServer Moto { get; }

    public IBatchApi Batch { get; }

    public Reconciler Reconciler { get; }

    /// <summary>Reads from moto without the fault injection a test may have configured.</summary>
    public IBatchApi CleanBatch => Moto.CreateBatchClient();

    public ValidatedSpec Spec(string path, Func<string, string>? edit = null) =>
        StackFiles.Validate((edit ?? (t => t))(StackFiles.Read(path)), Moto.Sandbox.TemplateParameters());

    public static DateTimeOffset Deadline => TimeProvider.System.GetUtcNow().AddMinutes(5);

    public Task<ApplyResult> DeployAsync(ValidatedSpec spec, IProgress<ApplyEvent>? progress = null, CancellationToken cancellationToken = default) =>
        Reconciler.DeployAsync(spec, Deadline, progress, cancellationToken: cancellationToken);

    public Task<ApplyResult> DestroyAsync(string stackName) => Reconciler.DestroyAsync(stackName, Deadline);

    /// <summary>The end of every test: destroying the stack leaves nothing at all in the account (no orphans).</summary>
    public async Task AssertDestroyLeavesNothingAsync(string stackName)
    {
        var destroyed = await DestroyAsync(stackName);
        Assert.Equal(ApplyStatus.Succeeded, destroyed.Status);
        var left = await Testing.Inventory.BatchInventory.TakeAsync(CleanBatch);
        Assert.True(left.Count == 0, $"orphans: {left}");
    }
}
