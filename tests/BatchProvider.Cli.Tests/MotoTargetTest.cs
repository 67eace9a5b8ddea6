using BatchProvider.Sandbox.Moto;

namespace BatchProvider.Cli.Tests;

/// <summary>
/// A test class with its own seeded moto server, passed to commands as <see cref="Target"/> (<c>--endpoint</c> plus the
/// sandbox's <c>--parameters</c>), as a user would against a moto they run themselves.
/// </summary>
public abstract class MotoTargetTest : IAsyncLifetime
{
    /// <summary>True for a server whose jobs follow moto's state manager, so <see cref="Testing.Moto.MotoJobHold"/> can hold them in RUNNABLE; false (the default): jobs succeed at once.</summary>
    protected virtual bool HoldJobs => false;

    /// <summary>The server, for tests that seed it or read it back directly.</summary>
    protected LocalMoto Moto { get; private set; } = null!;

    /// <summary><c>--endpoint URL --parameters K=V ...</c> for the seeded sandbox.</summary>
    protected string[] Target { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Moto = await LocalMoto.StartAsync(TimeProvider.System, (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator));
        var sandbox = await Moto.ResetAsync(HoldJobs);
        Target = ["--endpoint", Moto.Endpoint.ToString(), "--parameters", .. sandbox.TemplateParameters().Select(p => $"{p.Key}={p.Value}")];
    }

    public async Task DisposeAsync() => await Moto.DisposeAsync();
}
