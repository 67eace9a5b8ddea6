using System.Collections.Immutable;
using System.Net;
using BatchProvider.Domain.Planning;
using BatchProvider.Lambda.Aws;
using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.Http;
using BatchProvider.Lambda.Aws.Identity;
using BatchProvider.Lambda.Aws.Resilience;
using BatchProvider.Lambda.Aws.Sqs;
using BatchProvider.Lambda.Logging;
using BatchProvider.Lambda.Reconcile.Convergence;
using BatchProvider.Sandbox.Moto;

namespace BatchProvider.Cli.Sandbox;

/// <summary>
/// The Batch a command talks to. With no target named, an embedded moto sandbox started for this command alone (its
/// own keys and account; stopped when disposed). Otherwise the AWS settings (<see cref="AwsSettings"/>: region,
/// <c>AWS_ENDPOINT_URL*</c>, <c>AWS_MAX_ATTEMPTS</c>), the standard credential chain, and the account from STS
/// GetCallerIdentity: <c>--aws</c> for the real account, <c>--endpoint</c> for one endpoint serving every service. A
/// loopback endpoint is a local emulator: it may default the region to moto's and sign with dummy keys, but only
/// when the chain has none.
/// </summary>
internal sealed class BatchTarget : IAsyncDisposable
{
    private readonly LocalMoto? _moto;

    private BatchTarget(IBatchApi batch, ISqsApi sqs, string arnPrefix, ImmutableSortedDictionary<string, string> parameters, string description, LocalMoto? moto, TargetKind kind)
    {
        Kind = kind;
        Batch = batch;
        Sqs = sqs;
        ArnPrefix = arnPrefix;
        Parameters = parameters;
        Description = description;
        _moto = moto;
    }

    /// <summary>The Batch client.</summary>
    public IBatchApi Batch { get; }

    /// <summary>An SQS client on the same endpoint settings and credentials (<c>remediate</c>'s notifications); it calls nothing until used.</summary>
    public ISqsApi Sqs { get; }

    /// <summary><c>arn:aws:batch:{region}:{account}</c> of the target.</summary>
    public string ArnPrefix { get; }

    /// <summary>Template parameter values the target provides (the sandbox's; empty for a real account).</summary>
    public ImmutableSortedDictionary<string, string> Parameters { get; }

    /// <summary>What answers: decides which differences a deploy may leave (<see cref="Convergence"/>).</summary>
    public TargetKind Kind { get; }

    /// <summary>For the user: where the command goes.</summary>
    public string Description { get; }

    /// <summary>Template parameter values known before the target opens: those <c>sandbox run</c> passed on, unless the target is the embedded sandbox.</summary>
    public static ImmutableSortedDictionary<string, string> KnownParameters(CliSettings settings) => SandboxParameters.Parse(settings.SandboxParameters);

    /// <summary>Opens the target the options and settings name, starting a sandbox when they name none.</summary>
    /// <exception cref="ArgumentException">The options cannot work (not a URL; <c>--aws</c> with <c>--endpoint</c>).</exception>
    /// <exception cref="AwsConfigurationException">No region, no credentials, or a malformed setting.</exception>
    /// <exception cref="FileNotFoundException">No endpoint was named and moto_server is not installed.</exception>
    /// <exception cref="InvalidOperationException">The sandbox did not start.</exception>
    public static async Task<BatchTarget> OpenAsync(TargetOptions options, CliSettings settings, TimeProvider time, ILogSink log, CancellationToken cancellationToken)
    {
        if (options.Aws && options.Endpoint is not null)
            throw new ArgumentException("--aws and --endpoint exclude each other: --aws takes endpoints from AWS_ENDPOINT_URL_BATCH / AWS_ENDPOINT_URL.");
        if (options.IsEmbeddedSandbox(settings)) return await OpenSandboxAsync(settings, time, log, cancellationToken);

        var endpoint = options.EndpointWith(settings);
        if (endpoint is not null && (!Uri.TryCreate(endpoint, UriKind.Absolute, out var given) || given.Scheme is not ("http" or "https")))
            throw new ArgumentException($"--endpoint {endpoint} is not an absolute URL such as http://127.0.0.1:5000.");
        var batchText = AwsSettings.ConfiguredEndpoint(settings.Environment, AwsService.Batch, endpoint).Text;
        var local = batchText is not null && Uri.TryCreate(batchText, UriKind.Absolute, out var batchUri) && IsLoopback(batchUri);
        var aws = AwsSettings.Read(settings.Environment, endpoint,
            () => AwsSettings.SdkRegion() ?? (local ? LocalMoto.Region : null), options.Region);
        ICredentialsProvider credentials = new DefaultCredentialsProvider(settings.Environment);
        if (local) credentials = new FallbackCredentialsProvider(credentials, LocalMoto.Credentials);

        var account = await new StsCallerIdentity(aws.Sts, credentials, aws.MaxAttempts).AccountIdAsync(cancellationToken);
        AwsClientOptions For(ServiceEndpoint service) => new(service, credentials)
        {
            Log = log,
            TimeProvider = time,
            Retry = new AwsRetryOptions { MaxAttempts = aws.MaxAttempts },
        };
        IBatchApi batch = new BatchClient(For(aws.Batch));
        if (local) batch = new ServiceLinkedRoleDefault(batch, account);
        return new BatchTarget(batch, SqsSdkClient.For(For(aws.Sqs)), BatchArns.Prefix("aws", aws.Region, account), KnownParameters(settings),
            $"{aws.Batch.BaseUri} ({aws.Region}, account {account})", null, local ? TargetKind.LocalEmulator : TargetKind.Aws);
    }

    /// <summary>Stops the embedded sandbox, if any.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_moto is not null) await _moto.DisposeAsync();
    }

    private static async Task<BatchTarget> OpenSandboxAsync(CliSettings settings, TimeProvider time, ILogSink log, CancellationToken cancellationToken)
    {
        var moto = await LocalMoto.StartAsync(time, settings.Path, cancellationToken);
        try
        {
            var sandbox = await moto.ResetAsync(cancellationToken);
            var client = new ServiceLinkedRoleDefault(new BatchClient(moto.ClientOptions(AwsService.Batch) with { Log = log, TimeProvider = time }), LocalMoto.AccountId);
            var sqs = SqsSdkClient.For(moto.ClientOptions(AwsService.Sqs));
            return new BatchTarget(client, sqs, LocalMoto.ArnPrefix, SandboxParameters.From(sandbox), $"embedded moto sandbox at {moto.Endpoint}", moto, TargetKind.LocalEmulator);
        }
        catch
        {
            await moto.DisposeAsync();
            throw;
        }
    }

    private static bool IsLoopback(Uri uri) => uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
