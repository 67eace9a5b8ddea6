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
    public static async Task<int> RunAsync(IReadOnlyList<string> command, CliSettings settings, TimeProvider time, TextWriter status, CancellationToken cancellationToken)
    {
        await using var moto = await LocalMoto.StartAsync(time, settings.Path, cancellationToken);
        var sandbox = await moto.ResetAsync(cancellationToken);
        await status.WriteLineAsync($"sandbox: moto at {moto.Endpoint} (account {LocalMoto.AccountId}, {LocalMoto.Region}), seeded VPC {sandbox.VpcId}");

        var start = new ProcessStartInfo(command[0], command.Skip(1)) { UseShellExecute = false };
        start.Environment[CliSettings.EndpointVariable] = moto.Endpoint.ToString();
        start.Environment[CliSettings.ParametersVariable] = SandboxParameters.Format(SandboxParameters.From(sandbox));
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command[0]}");
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
