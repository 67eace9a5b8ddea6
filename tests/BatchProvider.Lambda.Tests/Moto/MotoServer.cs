using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.EventBridge;
using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Sandbox.Moto;
using BatchProvider.Lambda.Aws.Sqs;

namespace BatchProvider.Lambda.Tests.Moto;

/// <summary>
/// An xunit fixture running one <c>moto_server</c> (the product's <see cref="LocalMoto"/>, which the CLI sandbox uses
/// too) on a free loopback port for a test collection (use <c>[Collection(MotoCollection.Name)]</c> and take
/// <see cref="MotoServer"/> in the constructor). Call <see cref="ResetAsync"/> at the start of each test: it wipes
/// moto's state, re-applies the Batch configuration (no Docker) and seeds a fresh <see cref="Sandbox"/>. When
/// <c>moto_server</c> is not installed the fixture fails every test of the collection with the install command (under
/// <c>CI=true</c> it says CI requires it): a missing dependency never silently passes.
/// </summary>
public sealed class MotoServer : IAsyncLifetime
{
    /// <summary>moto's default account id.</summary>
    public const string AccountId = LocalMoto.AccountId;

    /// <summary>The region every test uses.</summary>
    public const string Region = LocalMoto.Region;

    /// <summary>Dummy credentials; moto accepts any and routes by the signature's credential scope.</summary>
    public static readonly BatchProvider.Lambda.Aws.Credentials.AwsCredentials Credentials = LocalMoto.Credentials;

    private LocalMoto? _moto;

    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Endpoint => Moto.Endpoint;

    /// <summary>The process id of the running server, or null when stopped.</summary>
    public int? ProcessId => _moto?.ProcessId;

    /// <summary>The resources seeded by the latest <see cref="ResetAsync"/>.</summary>
    public MotoSandbox Sandbox { get; private set; } = null!;

    private LocalMoto Moto => _moto ?? throw new InvalidOperationException("moto is not running");

    /// <summary>Starts moto (or fails with an install hint) and waits until it answers.</summary>
    public async Task InitializeAsync()
    {
        try
        {
            _moto = await LocalMoto.StartAsync(TimeProvider.System,
                (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        }
        catch (FileNotFoundException e) when (Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new InvalidOperationException("CI requires moto_server for the integration tests. " + e.Message, e);
        }
        await ResetAsync();
    }

    /// <summary>Stops the server this fixture started.</summary>
    public async Task DisposeAsync()
    {
        if (_moto is not null) await _moto.DisposeAsync();
        _moto = null;
    }

    /// <summary>Wipes all state, turns off Docker for Batch and seeds a new sandbox.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default) => Sandbox = await Moto.ResetAsync(cancellationToken);

    /// <summary>Like <see cref="ResetAsync"/>, but jobs follow moto's state manager so they can be held in RUNNABLE (see <see cref="Testing.Moto.MotoJobHold"/>).</summary>
    public async Task ResetHoldingJobsAsync(CancellationToken cancellationToken = default) => Sandbox = await Moto.ResetAsync(holdJobs: true, cancellationToken);

    /// <summary>
    /// Sets how a moto model advances through its states (<c>/moto-api/state-manager/set-transition</c>), e.g.
    /// <c>("batch::job", "manual", 3)</c>: a status moves on only after it has been read 3 times.
    /// Moto 5.2's Batch without Docker (batch_simple) marks submitted jobs SUCCEEDED at once and ignores this
    /// transition; it takes effect for models that honour the state manager.
    /// </summary>
    public Task SetTransitionAsync(string modelName, string progression, int? times = null, CancellationToken cancellationToken = default) =>
        Moto.SetTransitionAsync(modelName, progression, times, cancellationToken);

    /// <summary>The transition currently configured for <paramref name="modelName"/>, as moto's JSON.</summary>
    public Task<string> GetTransitionAsync(string modelName, CancellationToken cancellationToken = default) =>
        Moto.GetTransitionAsync(modelName, cancellationToken);

    /// <summary>Client options pointing at this server for <paramref name="service"/>, with static credentials.</summary>
    public AwsClientOptions ClientOptions(AwsService service) => Moto.ClientOptions(service);

    /// <summary>A Batch client for this server; <paramref name="configure"/> may add a handler, retry options, a clock.</summary>
    public BatchClient CreateBatchClient(Func<AwsClientOptions, AwsClientOptions>? configure = null) =>
        new((configure ?? (o => o))(ClientOptions(AwsService.Batch)));

    /// <summary>An SQS client (AWSSDK.SQS) for this server, or for <paramref name="endpoint"/> (a proxy in front of it),
    /// signing with <paramref name="credentials"/> (default: the static moto key).</summary>
    public SqsSdkClient CreateSqsClient(ICredentialsProvider? credentials = null, Uri? endpoint = null)
    {
        var options = ClientOptions(AwsService.Sqs);
        return new(options.Endpoint with { BaseUri = endpoint ?? options.Endpoint.BaseUri }, credentials ?? options.Credentials, AwsSettings.DefaultMaxAttempts);
    }

    /// <summary>An EventBridge client for this server.</summary>
    public EventBridgeClient CreateEventBridgeClient(Func<AwsClientOptions, AwsClientOptions>? configure = null) =>
        new((configure ?? (o => o))(ClientOptions(AwsService.EventBridge)));
}
