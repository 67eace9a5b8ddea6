using BatchProvider.Testing.Moto;
using System.Diagnostics;

namespace BatchProvider.Lambda.Tests.Moto;

[Collection(MotoCollection.Name)]
public sealed class MotoServerTests(MotoServer moto)
{
    [MotoFact]
    public async Task Dispose_StopsTheServerItStarted()
    {
        var own = new MotoServer();
        await own.InitializeAsync();
        var pid = own.ProcessId!.Value;
        Assert.False(Process.GetProcessById(pid).HasExited);

        await own.DisposeAsync();

        Assert.Null(own.ProcessId);
        Assert.False(IsRunning(pid));
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "batchprovider-moto", $"{pid}.pid")));
    }

    [MotoFact]
    public async Task Start_KillsAServerWhoseTestHostDied()
    {
        await using var orphan = await StartAsync();
        var orphanPid = orphan.ProcessId!.Value;
        using (var exited = Process.Start("true")!)
        {
            await exited.WaitForExitAsync();
            // Pretend the orphan was started by a test host that has since died.
            await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "batchprovider-moto", $"{orphanPid}.pid"), exited.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await using var next = await StartAsync();

        Assert.False(IsRunning(orphanPid));
        Assert.True(IsRunning(next.ProcessId!.Value));
    }

    private static Task<LocalMoto> StartAsync() =>
        LocalMoto.StartAsync(TimeProvider.System, (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));

    [MotoFact]
    public async Task SetTransition_IsStoredByMotosStateManager()
    {
        await moto.ResetAsync();

        await moto.SetTransitionAsync("batch::job", "manual", 3);

        Assert.Equal("""{"progression": "manual", "times": 3}""", await moto.GetTransitionAsync("batch::job"));
        await moto.SetTransitionAsync("batch::job", "immediate");
    }

    [MotoFact]
    public async Task Reset_ReseedsAFreshSandbox()
    {
        await moto.ResetAsync();
        var first = moto.Sandbox;

        await moto.ResetAsync();

        Assert.NotEqual(first.VpcId, moto.Sandbox.VpcId);
        Assert.Equal(2, moto.Sandbox.SubnetIds.Count);
        Assert.Equal($"arn:aws:iam::{MotoServer.AccountId}:instance-profile/ecsInstanceRole", moto.Sandbox.InstanceProfileArn);
    }

    private static bool IsRunning(int pid)
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
}
