using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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

    private static readonly string PidDirectory = Path.Combine(Path.GetTempPath(), "batchprovider-moto");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private Process? _process;
    private string? _pidFile;
    private readonly StringBuilder _output = new();

    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The resources seeded by the latest <see cref="ResetAsync"/>.</summary>
    public MotoSandbox Sandbox { get; private set; } = null!;

    /// <summary>Starts moto (or fails with an install hint) and waits until it answers.</summary>
    public async Task InitializeAsync()
    {
        KillOrphans();
        var executable = FindOnPath("moto_server") ?? throw new InvalidOperationException(
            (Environment.GetEnvironmentVariable("CI") == "true" ? "CI requires moto_server for the integration tests, but it is not on PATH. " : "moto_server is not on PATH, so the moto-backed integration tests cannot run. ")
            + "Install it with: pip install \"moto[server]\"");

        Exception? last = null;
        for (var tries = 0; tries < 3 && _process is null; tries++)
        {
            var port = FreePort();
            try
            {
                await StartAsync(executable, port);
            }
            catch (InvalidOperationException e)
            {
                // Another process took the port between probing and binding; try another.
                last = e;
                Stop();
            }
        }

        if (_process is null)
        {
            throw new InvalidOperationException("moto_server did not start.", last);
        }

        await ResetAsync();
    }

    /// <summary>Stops the server this fixture started.</summary>
    public Task DisposeAsync()
    {
        Stop();
        _http.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Wipes all state, turns off Docker for Batch and seeds a new sandbox.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await PostAsync("/moto-api/reset", "", cancellationToken);
        await PostAsync("/moto-api/config", """{"batch": {"use_docker": false}}""", cancellationToken);
        Sandbox = await MotoSeeder.SeedAsync(new MotoQueryApi(Endpoint, Region, Credentials), cancellationToken);
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

    private async Task StartAsync(string executable, int port)
    {
        var start = new ProcessStartInfo(executable, ["-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start moto_server.");
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Directory.CreateDirectory(PidDirectory);
        _pidFile = Path.Combine(PidDirectory, $"{_process.Id}.pid");
        await File.WriteAllTextAsync(_pidFile, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Endpoint = new Uri($"http://127.0.0.1:{port}");

        // Readiness wait: poll until moto answers, bounded, failing fast if the process died.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"moto_server exited with {_process.ExitCode}: {Output()}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri(Endpoint, "/moto-api/data.json"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"moto_server did not answer on {Endpoint} within 60 s: {Output()}");
    }

    private async Task PostAsync(string path, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(Endpoint, path), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"moto {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private void Stop()
    {
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(10_000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
            _process = null;
        }

        if (_pidFile is not null)
        {
            File.Delete(_pidFile);
            _pidFile = null;
        }
    }

    /// <summary>Kills moto servers recorded by test hosts that are no longer alive (a crashed or killed run).</summary>
    private static void KillOrphans()
    {
        if (!Directory.Exists(PidDirectory))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(PidDirectory, "*.pid"))
        {
            if (!int.TryParse(Path.GetFileNameWithoutExtension(file), out var motoPid) || !int.TryParse(File.ReadAllText(file).Trim(), out var ownerPid))
            {
                continue;
            }

            if (IsAlive(ownerPid))
            {
                continue;
            }

            try
            {
                using var orphan = Process.GetProcessById(motoPid);
                // Only kill what is recognisably moto: the pid may have been reused by an unrelated process.
                if (orphan.ProcessName.Contains("moto", StringComparison.OrdinalIgnoreCase) || orphan.ProcessName.StartsWith("python", StringComparison.OrdinalIgnoreCase))
                {
                    orphan.Kill(entireProcessTree: true);
                }
            }
            catch (ArgumentException)
            {
                // Not running any more.
            }

            File.Delete(file);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // Keep the tail only: moto logs every request.
            if (_output.Length > 20_000)
            {
                _output.Remove(0, 10_000);
            }

            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
