using System.Diagnostics;

namespace BatchProvider.Template.Tests;

/// <summary>One run of an installed command-line tool (python3, cfn-lint) in the repository root.</summary>
public sealed record ToolRun(int Exit, string Out, string Error)
{
    /// <summary>Runs <paramref name="file"/> with <paramref name="arguments"/> to completion and captures both streams.</summary>
    public static async Task<ToolRun> RunAsync(string file, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = Testing.Specs.StackFiles.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ToolRun(process.ExitCode, await output, await error);
    }
}
