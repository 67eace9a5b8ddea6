using BatchProvider.Sandbox.Moto;

namespace BatchProvider.Testing.Moto;

/// <summary>
/// Whether the tests that need <c>moto_server</c> can run here. Outside CI a machine without moto skips them with the
/// install command; under <c>CI=true</c> they are never skipped, so a CI machine without moto fails loudly (the
/// fixture's start-up error names the install command).
/// </summary>
public static class MotoRequirement
{
    /// <summary>Null when the tests must run; otherwise why they are skipped.</summary>
    public static string? SkipReason { get; } = Compute();

    private static string? Compute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) return null;
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator);
        return path.Any(dir => File.Exists(Path.Combine(dir, "moto_server")))
            ? null
            : $"moto_server is not on PATH; install it with: {LocalMoto.InstallHint}";
    }
}
