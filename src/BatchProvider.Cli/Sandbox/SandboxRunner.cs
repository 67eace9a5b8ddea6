using System.ComponentModel;
using System.Diagnostics;
using BatchProvider.Sandbox.Moto;

namespace BatchProvider.Cli.Sandbox;

/// <summary>
/// <c>batchstack sandbox run -- COMMAND ...</c>: starts one moto sandbox, seeds it, runs COMMAND with
/// BATCHSTACK_ENDPOINT and BATCHSTACK_SANDBOX_PARAMETERS set (so every <c>batchstack</c> it runs targets the same
/// sandbox and finds the template parameters filled in), and stops moto when COMMAND ends, however it ends.
/// </summary>
internal static class SandboxRunner
{
    /// <summary>Runs <paramref name="command"/> against a fresh sandbox and returns its exit code.</summary>
    /// <remarks>A command that cannot be started is a usage error (exit 2) with one line saying why, checked before
    /// moto starts.</remarks>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> command, CliSettings settings, string currentDirectory, TimeProvider time, TextWriter status, CancellationToken cancellationToken)
    {
        if (ExecutableLookup.Problem(command[0], settings.Path, currentDirectory) is { } problem)
        {
            await status.WriteLineAsync($"error: sandbox run: {problem}; nothing was started.");
            return BatchStackCli.UsageError;
        }

        await using var moto = await LocalMoto.StartAsync(time, settings.Path, cancellationToken);
        var sandbox = await moto.ResetAsync(cancellationToken);
        await status.WriteLineAsync($"sandbox: moto at {moto.Endpoint} (account {LocalMoto.AccountId}, {LocalMoto.Region}), seeded VPC {sandbox.VpcId}");

        var start = new ProcessStartInfo(command[0], command.Skip(1)) { UseShellExecute = false };
        start.Environment[CliSettings.EndpointVariable] = moto.Endpoint.ToString();
        start.Environment[CliSettings.ParametersVariable] = SandboxParameters.Format(SandboxParameters.From(sandbox));
        Process child;
        try
        {
            // Null only when a shell start reuses a running process, which UseShellExecute = false rules out.
            child = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            // The check above passed, so this is a race or a file the system will not execute (wrong format).
            await status.WriteLineAsync($"error: sandbox run: cannot start {command[0]}: {e.Message}; stopping moto.");
            return BatchStackCli.UsageError;
        }

        using var started = child;
        try
        {
            await child.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw;
        }
        await status.WriteLineAsync($"sandbox: stopping moto ({command[0]} exited with {child.ExitCode})");
        return child.ExitCode;
    }
}
