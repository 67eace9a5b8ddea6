using System.Collections.Immutable;
using System.Net;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Sandbox.Moto;
using BatchProvider.Lambda.Logging;
using BatchProvider.Domain.Planning;
using BatchProvider.Lambda.Reconcile.Convergence;

namespace BatchProvider.Cli.Sandbox;

/// <summary>
/// The Batch a command talks to: the <c>--endpoint</c> given (or BATCHSTACK_ENDPOINT), or else an embedded moto
/// sandbox started for this command alone (seeded, stopped when disposed). A loopback endpoint is taken to be a local
/// emulator: moto's dummy credentials and account; any other endpoint uses the AWS credential chain and needs
/// <c>--account</c> for ARNs.
/// </summary>
internal sealed class BatchTarget : IAsyncDisposable
{
    private readonly LocalMoto? _moto;

    private BatchTarget(IBatchApi batch, string arnPrefix, ImmutableSortedDictionary<string, string> parameters, string description, LocalMoto? moto, bool isLocal)
    {
        IsLocal = isLocal;
        Batch = batch;
        ArnPrefix = arnPrefix;
        Parameters = parameters;
        Description = description;
        _moto = moto;
    }

    /// <summary>The Batch client.</summary>
    public IBatchApi Batch { get; }

    /// <summary><c>arn:aws:batch:{region}:{account}</c> of the target.</summary>
    public string ArnPrefix { get; }

    /// <summary>Template parameter values the target provides (the sandbox's; empty for a real account).</summary>
    public ImmutableSortedDictionary<string, string> Parameters { get; }

    /// <summary>True for a local emulator (the embedded sandbox or a loopback endpoint).</summary>
    public bool IsLocal { get; }

    /// <summary>What answers: decides which differences a deploy may leave (<see cref="Convergence"/>).</summary>
    public TargetKind Kind => IsLocal ? TargetKind.LocalEmulator : TargetKind.Aws;

    /// <summary>For the user: where the command goes.</summary>
    public string Description { get; }

    /// <summary>Opens the target the options and settings name, starting a sandbox when they name none.</summary>
    /// <exception cref="ArgumentException">The options cannot work (not a URL; a real endpoint without an account).</exception>
    /// <exception cref="FileNotFoundException">No endpoint was named and moto_server is not installed.</exception>
    /// <exception cref="InvalidOperationException">The sandbox did not start.</exception>
    public static async Task<BatchTarget> OpenAsync(TargetOptions options, CliSettings settings, TimeProvider time, ILogSink log, CancellationToken cancellationToken)
    {
        var endpoint = options.Endpoint ?? settings.Endpoint;
        var region = options.Region ?? settings.Region ?? LocalMoto.Region;
        if (endpoint is null)
        {
            var moto = await LocalMoto.StartAsync(time, settings.Path, cancellationToken);
            try
            {
                var sandbox = await moto.ResetAsync(cancellationToken);
                var client = new ServiceLinkedRoleDefault(new BatchClient(moto.ClientOptions(AwsService.Batch) with { Log = log, TimeProvider = time }), LocalMoto.AccountId);
                return new BatchTarget(client, LocalMoto.ArnPrefix, SandboxParameters.From(sandbox), $"embedded moto sandbox at {moto.Endpoint}", moto, isLocal: true);
            }
            catch
            {
                await moto.DisposeAsync();
                throw;
            }
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
            throw new ArgumentException($"--endpoint {endpoint} is not an absolute URL such as http://127.0.0.1:5000.");
        var local = uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));
        var account = options.Account ?? (local ? LocalMoto.AccountId : throw new ArgumentException(
            $"--account is required with --endpoint {endpoint}: the plan references resources by ARN (arn:aws:batch:{region}:ACCOUNT:...)."));
        ICredentialsProvider credentials = local ? new StaticCredentialsProvider(LocalMoto.Credentials) : new DefaultCredentialsProvider(settings.Environment);
        IBatchApi batch = new BatchClient(new AwsClientOptions(new ServiceEndpoint(uri, local ? LocalMoto.Region : region, AwsService.Batch.SigningName), credentials)
        {
            Log = log,
            TimeProvider = time,
        });
        if (local) batch = new ServiceLinkedRoleDefault(batch, LocalMoto.AccountId);
        var parameters = Sandbox.SandboxParameters.Parse(settings.SandboxParameters);
        return new BatchTarget(batch, BatchArns.Prefix("aws", local ? LocalMoto.Region : region, account), parameters, $"endpoint {endpoint}", null, local);
    }

    /// <summary>Stops the embedded sandbox, if any.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_moto is not null) await _moto.DisposeAsync();
    }
}
