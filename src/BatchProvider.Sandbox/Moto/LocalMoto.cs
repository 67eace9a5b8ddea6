using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using BatchProvider.Lambda.Aws.Configuration;
using BatchProvider.Lambda.Aws.Credentials;
using BatchProvider.Lambda.Aws.Http;

namespace BatchProvider.Sandbox.Moto;

/// <summary>
/// One <c>moto_server</c> process on a free loopback port: the local AWS of the integration tests and of the CLI's
/// sandbox (one implementation for both). <see cref="StartAsync"/> waits until it answers; <see cref="ResetAsync(CancellationToken)"/>
/// wipes its state, turns Batch's Docker use off and seeds a <see cref="MotoSandbox"/>; disposing stops it. Servers
/// left behind by a process that died are killed at the next start (pid files under the temp directory).
/// </summary>
public sealed class LocalMoto : IAsyncDisposable
{
    /// <summary>moto's default account id.</summary>
    public const string AccountId = "123456789012";

    /// <summary>The region every sandbox uses.</summary>
    public const string Region = "us-east-1";

    /// <summary>The install command quoted when <c>moto_server</c> is missing.</summary>
    public const string InstallHint = "pip install \"moto[server]\"";

    /// <summary>Dummy credentials; moto accepts any and routes by the signature's credential scope.</summary>
    public static readonly AwsCredentials Credentials = new("AKIAMOTOTESTING00000", "motosecret", "motosessiontoken");

    private static readonly string PidDirectory = Path.Combine(Path.GetTempPath(), "batchprovider-moto");
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly StringBuilder _output = new();
    private readonly TimeProvider _time;
    private Process? _process;
    private string? _pidFile;
    private MotoQueryApi? _queryApi;

    private LocalMoto(TimeProvider time) => _time = time;

    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The process id of the running server, or null when stopped.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>The Batch ARN prefix of the sandbox account and region.</summary>
    public static string ArnPrefix => $"arn:aws:batch:{Region}:{AccountId}";

    /// <summary>
    /// Starts <c>moto_server</c> found on <c>PATH</c> and waits until it answers.
    /// </summary>
    /// <exception cref="FileNotFoundException"><c>moto_server</c> is not installed (the message has <see cref="InstallHint"/>).</exception>
    /// <exception cref="InvalidOperationException">It did not start or answer within 60 s (the message has its output).</exception>
    public static async Task<LocalMoto> StartAsync(TimeProvider time, IEnumerable<string> path, CancellationToken cancellationToken = default)
    {
        KillOrphans();
        var executable = path.Select(dir => Path.Combine(dir, "moto_server")).FirstOrDefault(File.Exists)
                         ?? throw new FileNotFoundException($"moto_server is not on PATH. Install it with: {InstallHint}");
        var moto = new LocalMoto(time);
        Exception? last = null;
        for (var tries = 0; tries < 3; tries++)
        {
            try
            {
                await moto.LaunchAsync(executable, FreePort(), cancellationToken);
                return moto;
            }
            catch (InvalidOperationException e)
            {
                // Another process took the port between probing and binding; try another.
                last = e;
                moto.Stop();
            }
        }
        await moto.DisposeAsync();
        throw new InvalidOperationException("moto_server did not start.", last);
    }

    /// <summary>Wipes all state, turns off Docker for Batch and seeds a new sandbox.</summary>
    public Task<MotoSandbox> ResetAsync(CancellationToken cancellationToken = default) => ResetAsync(holdJobs: false, cancellationToken);

    /// <summary>
    /// Wipes all state and seeds a new sandbox. Without <paramref name="holdJobs"/> Batch's Docker use is turned off,
    /// so a submitted job SUCCEEDS at once (moto's batch_simple) and ignores the state manager. With it, Docker stays at
    /// moto's default and jobs follow the <c>batch::job</c> state-manager transition, which is how tests hold jobs in
    /// RUNNABLE (no Docker engine is needed as long as no job goes past RUNNABLE).
    /// </summary>
    public async Task<MotoSandbox> ResetAsync(bool holdJobs, CancellationToken cancellationToken = default)
    {
        await PostAsync("/moto-api/reset", "", cancellationToken);
        await PostAsync("/moto-api/config", holdJobs ? """{"batch": {"use_docker": true}}""" : """{"batch": {"use_docker": false}}""", cancellationToken);
        _queryApi ??= new MotoQueryApi(Endpoint, Region, Credentials);
        return await MotoSeeder.SeedAsync(_queryApi, cancellationToken);
    }

    /// <summary>Sets how a moto model advances through its states (<c>/moto-api/state-manager/set-transition</c>).</summary>
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
    public AwsClientOptions ClientOptions(AwsService service) => ClientOptions(Endpoint, service);

    /// <summary>Client options pointing at a moto server at <paramref name="endpoint"/> for <paramref name="service"/>.</summary>
    public static AwsClientOptions ClientOptions(Uri endpoint, AwsService service) =>
        new(new ServiceEndpoint(endpoint, Region, service.SigningName), new StaticCredentialsProvider(Credentials));

    /// <summary>Stops the server.</summary>
    public ValueTask DisposeAsync()
    {
        Stop();
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task LaunchAsync(string executable, int port, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable, ["-H", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture)])
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
        await File.WriteAllTextAsync(_pidFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture), cancellationToken);
        Endpoint = new Uri($"http://127.0.0.1:{port}");

        var deadline = _time.GetUtcNow() + StartupLimit;
        while (_time.GetUtcNow() < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"moto_server exited with {_process.ExitCode}: {Output()}");
            try
            {
                using var response = await _http.GetAsync(new Uri(Endpoint, "/moto-api/data.json"), cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), _time, cancellationToken);
        }
        throw new InvalidOperationException($"moto_server did not answer on {Endpoint} within {StartupLimit.TotalSeconds} s: {Output()}");
    }

    private async Task PostAsync(string path, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(Endpoint, path), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"moto {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
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

    /// <summary>
    /// Kills moto servers recorded by processes that are no longer alive (a crashed or killed run). Several processes
    /// (test hosts running in parallel, CLI commands) do this at once, so a PID file may vanish under our hands.
    /// </summary>
    private static void KillOrphans()
    {
        if (!Directory.Exists(PidDirectory)) return;
        foreach (var file in Directory.GetFiles(PidDirectory, "*.pid"))
        {
            try
            {
                KillIfOrphan(file);
            }
            catch (IOException)
            {
                // Another process handled this file first.
            }
        }
    }

    private static void KillIfOrphan(string file)
    {
        if (!int.TryParse(Path.GetFileNameWithoutExtension(file), out var motoPid) || !int.TryParse(File.ReadAllText(file).Trim(), out var ownerPid))
            return;
        if (IsAlive(ownerPid)) return;
        try
        {
            using var orphan = Process.GetProcessById(motoPid);
            // Only kill what is recognisably moto: the pid may have been reused by an unrelated process.
            if (orphan.ProcessName.Contains("moto", StringComparison.OrdinalIgnoreCase) || orphan.ProcessName.StartsWith("python", StringComparison.OrdinalIgnoreCase))
                orphan.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Not running any more.
        }
        File.Delete(file);
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

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            // Keep the tail only: moto logs every request.
            if (_output.Length > 20_000) _output.Remove(0, 10_000);
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output) return _output.ToString();
    }
}
