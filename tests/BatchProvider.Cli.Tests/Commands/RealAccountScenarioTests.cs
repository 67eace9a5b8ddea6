using BatchProvider.Lambda.Aws.Batch;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Reconcile;
using BatchProvider.Sandbox.Moto;
using BatchProvider.Testing.Moto;

namespace BatchProvider.Cli.Tests.Commands;

/// <summary>
/// The example deployed, updated and destroyed as a new user would against a plain moto server: through a proxy that
/// checks every SigV4 signature with the user's own key (moto checks none), with <c>--parameters</c> from a seeded
/// account, the account found through STS, and nothing from the CLI's sandbox.
/// </summary>
public sealed class RealAccountScenarioTests : IAsyncLifetime
{
    private static readonly AwsCredentials UserKey = new("AKIAUSERCHOSEN000001", "a-secret-of-the-users-choosing");
    private LocalMoto _moto = null!;
    private SignatureCheckingProxy _proxy = null!;
    private string[] _parameters = [];

    public async Task InitializeAsync()
    {
        _moto = await LocalMoto.StartAsync(TimeProvider.System, (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator));
        var seeded = await _moto.ResetAsync();
        _parameters = ["--parameters", .. seeded.TemplateParameters().Select(p => $"{p.Key}={p.Value}")];
        _proxy = SignatureCheckingProxy.Start(_moto.Endpoint, UserKey);
    }

    public async Task DisposeAsync()
    {
        await _proxy.DisposeAsync();
        await _moto.DisposeAsync();
    }

    [MotoFact]
    public async Task DeployUpdateDestroy_ThroughASignatureCheckingProxy_SignsEveryRequestWithTheUsersKeyAndLeavesExactCounts()
    {
        string[] target = ["--endpoint", _proxy.Endpoint.ToString()];

        var refused = await Run(["deploy", CliRunner.Example, .. target]);
        Assert.Equal(1, refused.Exit);
        foreach (var parameter in new[] { "Subnets", "SecurityGroups", "InstanceProfileArn", "TrainingRoleArn", "ExecutionRoleArn" })
            Assert.Contains($"--parameters {parameter}=VALUE", refused.Out);
        Assert.Equal(0, _proxy.Verified);

        var deployed = await Run(["deploy", CliRunner.Example, .. target, .. _parameters]);
        Assert.True(deployed.Exit == 0, deployed.Out + deployed.Error);
        Assert.Contains("account 123456789012", deployed.Out);
        Assert.Equal((3, 3, 1, 3), await CountsAsync());

        var updated = await Run(["deploy", Path.Combine(AppContext.BaseDirectory, "Examples", "research-platform-v2.yaml"), .. target, .. _parameters]);
        Assert.True(updated.Exit == 0, updated.Out + updated.Error);
        Assert.Equal((3, 3, 1, 2), await CountsAsync());

        var destroyed = await Run(["destroy", CliRunner.Example, .. target, .. _parameters]);
        Assert.True(destroyed.Exit == 0, destroyed.Out + destroyed.Error);
        Assert.Equal((0, 0, 0, 0), await CountsAsync());

        Assert.Empty(_proxy.Failures);
        Assert.True(_proxy.Verified > 30, $"only {_proxy.Verified} requests went through the proxy");
    }

    [MotoFact]
    public async Task Plan_SignedWithAnotherKey_IsRefusedByTheProxy()
    {
        var (exit, _, error) = await Run(["plan", CliRunner.Example, "--endpoint", _proxy.Endpoint.ToString(), .. _parameters], accessKey: "AKIASOMEONEELSE00001");

        Assert.NotEqual(0, exit);
        Assert.Contains("signed with access key AKIASOMEONEELSE00001", string.Join('\n', _proxy.Failures));
        Assert.DoesNotContain("   at ", error);
    }

    private static Task<(int Exit, string Out, string Error)> Run(string[] args, string? accessKey = null) =>
        CliRunner.Run(new DictionaryEnvironmentVariables(new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = accessKey ?? UserKey.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = UserKey.SecretAccessKey,
            ["AWS_REGION"] = LocalMoto.Region,
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "",
        }), args);

    /// <summary>What the stack owns in moto (read directly, not through the proxy): CEs, queues, policies, ACTIVE job definitions.</summary>
    private async Task<(int, int, int, int)> CountsAsync()
    {
        var observed = await new Observer(new BatchClient(LocalMoto.ClientOptions(_moto.Endpoint, AwsService.Batch))).ObserveAsync("research", null);
        return (observed.ComputeEnvironments.Length, observed.JobQueues.Length, observed.SchedulingPolicies.Length, observed.JobDefinitions.Length);
    }
}
