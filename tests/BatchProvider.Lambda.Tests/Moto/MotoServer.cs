using System.Text;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.EventBridge;
using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Lambda.Aws.Sqs;

namespace BatchProvider.Lambda.Tests.Moto;

/// <summary>
/// An xunit fixture running one <c>moto_server</c> on a free loopback port for a test collection
/// (use <c>[Collection(MotoCollection.Name)]</c> and take <see cref="MotoServer"/> in the constructor).
/// Call <see cref="ResetAsync"/> at the start of each test: it wipes moto's state, re-applies the Batch configuration
/// (no Docker) and seeds a fresh <see cref="Sandbox"/>. When <c>moto_server</c> is not installed the fixture fails
/// every test of the collection with the install command (under <c>CI=true</c> it says CI requires it): a missing
/// dependency never silently passes.
/// </summary>
public sealed class MotoServer : IAsyncLifetime
{
    /// <summary>moto's default account id.</summary>
    public const string AccountId = "123456789012";

    /// <summary>The region every test uses.</summary>
    public const string Region = "us-east-1";

    /// <summary>Dummy credentials; moto accepts any and routes by the signature's credential scope.</summary>
    public static readonly AwsCredentials Credentials = new("AKIAMOTOTESTING00000", "motosecret", "motosessiontoken");

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private MotoProcess? _process;
    private MotoQueryApi? _queryApi;

    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Endpoint => _process?.Endpoint ?? throw new InvalidOperationException("moto is not running.");

    /// <summary>The process id of the running server, or null when stopped.</summary>
    public int? ProcessId => _process?.ProcessId;

    /// <summary>The resources seeded by the latest <see cref="ResetAsync"/>.</summary>
    public MotoSandbox Sandbox { get; private set; } = null!;

    /// <summary>Starts moto (or fails with an install hint), waits until it answers, and seeds the sandbox.</summary>
    public async Task InitializeAsync()
    {
        _process = await MotoProcess.StartAsync(_http);
        await ResetAsync();
    }

    /// <summary>Stops the server this fixture started.</summary>
    public Task DisposeAsync()
    {
        _process?.Dispose();
        _process = null;
        _http.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Wipes all state, turns off Docker for Batch and seeds a new sandbox.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await PostAsync("/moto-api/reset", "", cancellationToken);
        await PostAsync("/moto-api/config", """{"batch": {"use_docker": false}}""", cancellationToken);
        _queryApi ??= new MotoQueryApi(Endpoint, Region, Credentials);
        Sandbox = await MotoSeeder.SeedAsync(_queryApi, cancellationToken);
    }

    /// <summary>
    /// Sets how a moto model advances through its states (<c>/moto-api/state-manager/set-transition</c>), e.g.
    /// <c>("batch::job", "manual", 3)</c>: a status moves on only after it has been read 3 times.
    /// Moto 5.2's Batch without Docker (batch_simple) marks submitted jobs SUCCEEDED at once and ignores this
    /// transition; it takes effect for models that honour the state manager.
    /// </summary>
    public Task SetTransitionAsync(string modelName, string progression, int? times = null, CancellationToken cancellationToken = default)
    {
        var transition = times is { } n ? $$"""{"progression": "{{progression}}", "times": {{n}}}""" : $$"""{"progression": "{{progression}}"}""";
        return PostAsync("/moto-api/state-manager/set-transition", $$"""{"model_name": "{{modelName}}", "transition": {{transition}}}""", cancellationToken);
    }

    /// <summary>The transition currently configured for <paramref name="modelName"/>, as moto's JSON.</summary>
    public async Task<string> GetTransitionAsync(string modelName, CancellationToken cancellationToken = default)
    {
        // Moto does not percent-decode this query, so the name goes in as it is (':' is legal in a query).
        using var response = await _http.GetAsync(new Uri(Endpoint, $"/moto-api/state-manager/get-transition?model_name={modelName}"), cancellationToken);
        return await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>Client options pointing at this server for <paramref name="service"/>, with static credentials.</summary>
    public AwsClientOptions ClientOptions(AwsService service) =>
        new(new ServiceEndpoint(Endpoint, Region, service.SigningName), new StaticCredentialsProvider(Credentials));

    /// <summary>A Batch client for this server; <paramref name="configure"/> may add a handler, retry options, a clock.</summary>
    public BatchClient CreateBatchClient(Func<AwsClientOptions, AwsClientOptions>? configure = null) =>
        new((configure ?? (o => o))(ClientOptions(AwsService.Batch)));

    /// <summary>An SQS client for this server.</summary>
    public SqsClient CreateSqsClient(Func<AwsClientOptions, AwsClientOptions>? configure = null) =>
        new((configure ?? (o => o))(ClientOptions(AwsService.Sqs)));

    /// <summary>An EventBridge client for this server.</summary>
    public EventBridgeClient CreateEventBridgeClient(Func<AwsClientOptions, AwsClientOptions>? configure = null) =>
        new((configure ?? (o => o))(ClientOptions(AwsService.EventBridge)));

    private async Task PostAsync(string path, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(Endpoint, path), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"moto {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }
}
