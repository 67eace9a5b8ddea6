using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BatchProvider.Lambda.Tests.Moto;

/// <summary>
/// One <c>moto_server</c> process on a free loopback port: started, awaited until it answers, and killed on dispose.
/// Its PID is recorded (with the test host's PID) under <c>$TMPDIR/batchprovider-moto</c>, so the next run kills a
/// server that a crashed or killed test host left behind.
/// </summary>
public sealed class MotoProcess : IDisposable
{
    private static readonly string PidDirectory = Path.Combine(Path.GetTempPath(), "batchprovider-moto");
    private readonly StringBuilder _output = new();
    private Process? _process;
    private string? _pidFile;

    private MotoProcess()
    {
    }

    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The process id, or null once stopped.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>Kills orphans, then starts moto_server (trying up to three ports) and waits until it answers.</summary>
    /// <exception cref="InvalidOperationException">moto_server is not installed (the message says how to install it) or did not start.</exception>
    public static async Task<MotoProcess> StartAsync(HttpClient http)
    {
        KillOrphans();
        var executable = FindOnPath("moto_server") ?? throw new InvalidOperationException(
            (Environment.GetEnvironmentVariable("CI") == "true" ? "CI requires moto_server for the integration tests, but it is not on PATH. " : "moto_server is not on PATH, so the moto-backed integration tests cannot run. ")
            + "Install it with: pip install \"moto[server]\"");

        Exception? last = null;
        for (var tries = 0; tries < 3; tries++)
        {
            var moto = new MotoProcess();
            try
            {
                await moto.StartAsync(http, executable, FreePort());
                return moto;
            }
            catch (InvalidOperationException e)
            {
                // Typically another process took the port between probing and binding; try another.
                last = e;
                moto.Dispose();
            }
        }

        throw new InvalidOperationException("moto_server did not start.", last);
    }

    /// <summary>Kills the process (and its children) and removes its PID file.</summary>
    public void Dispose() => Stop();

    private async Task StartAsync(HttpClient http, string executable, int port)
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
                using var response = await http.GetAsync(new Uri(Endpoint, "/moto-api/data.json"));
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
                    orphan.WaitForExit(10_000);
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
