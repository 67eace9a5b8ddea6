using BatchProvider.Sandbox.Moto;

namespace BatchProvider.Cli.Tests;

/// <summary>
/// A test class with its own seeded moto server, passed to commands as <see cref="Target"/> (<c>--endpoint</c> plus the
/// sandbox's <c>--parameters</c>), as a user would against a moto they run themselves.
/// </summary>
public abstract class MotoTargetTest : IAsyncLifetime
{
    private LocalMoto _moto = null!;

    /// <summary><c>--endpoint URL --parameters K=V ...</c> for the seeded sandbox.</summary>
    protected string[] Target { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _moto = await LocalMoto.StartAsync(TimeProvider.System, (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator));
        var sandbox = await _moto.ResetAsync();
        Target = ["--endpoint", _moto.Endpoint.ToString(), "--parameters", .. sandbox.TemplateParameters().Select(p => $"{p.Key}={p.Value}")];
    }

    public async Task DisposeAsync() => await _moto.DisposeAsync();
}
