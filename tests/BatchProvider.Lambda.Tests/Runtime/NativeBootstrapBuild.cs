using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using BatchProvider.Testing.Specs;

namespace BatchProvider.Lambda.Tests.Runtime;

/// <summary>
/// The Native AOT <c>bootstrap</c> the Lambda runs, published at most once per test run: <c>artifacts/lambda/bootstrap</c>
/// (what <c>scripts/publish lambda</c> made) or the tests' own <c>artifacts/lambda-test/bootstrap</c> when either is
/// newer than every source file it is built from, else a fresh publish into <c>artifacts/lambda-test</c> with the
/// flags of <c>scripts/publish</c>.
/// </summary>
internal static class NativeBootstrapBuild
{
    private const string Project = "src/BatchProvider.Bootstrap/BatchProvider.Bootstrap.csproj";
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(15);
    private static readonly Lazy<Task<string>> Path = new(FindOrPublishAsync);

    /// <summary>The executable's path; the first caller publishes when needed, the others wait for it.</summary>
    public static Task<string> GetAsync() => Path.Value;

    private static async Task<string> FindOrPublishAsync()
    {
        var root = StackFiles.RepositoryRoot;
        var newestSource = SourceFiles(root).Max(File.GetLastWriteTimeUtc);
        foreach (var candidate in new[] { "artifacts/lambda/bootstrap", "artifacts/lambda-test/bootstrap" }.Select(c => System.IO.Path.Combine(root, c)))
        {
            if (File.Exists(candidate) && File.GetLastWriteTimeUtc(candidate) > newestSource) return candidate;
        }

        var output = System.IO.Path.Combine(root, "artifacts", "lambda-test");
        await PublishAsync(root, output);
        var published = System.IO.Path.Combine(output, "bootstrap");
        // Only the executable is used; the symbols and docs beside it are tens of megabytes.
        foreach (var other in Directory.EnumerateFiles(output).Where(f => f != published)) File.Delete(other);
        return File.Exists(published)
            ? published
            : throw new InvalidOperationException($"dotnet publish of {Project} succeeded but wrote no {published}.");
    }

    /// <summary>Every file the bootstrap is compiled from: its project and the projects it references, and the repository's build props.</summary>
    internal static IEnumerable<string> SourceFiles(string root)
    {
        var projects = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([System.IO.Path.GetFullPath(System.IO.Path.Combine(root, Project))]);
        while (pending.TryPop(out var project))
        {
            if (!projects.Add(project)) continue;
            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
                pending.Push(System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(project)!, (string)reference.Attribute("Include")!)));
        }

        var excluded = new[] { $"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}", $"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}" };
        return projects
            .SelectMany(p => Directory.EnumerateFiles(System.IO.Path.GetDirectoryName(p)!, "*", SearchOption.AllDirectories))
            .Where(f => !excluded.Any(f.Contains))
            .Concat(new[] { "Directory.Build.props", "Directory.Packages.props" }.Select(f => System.IO.Path.Combine(root, f)).Where(File.Exists));
    }

    private static async Task PublishAsync(string root, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The flags of scripts/publish; no build servers, so the test run leaves no compiler processes behind.
        foreach (var argument in new[] { "publish", Project, "-c", "Release", "-r", "linux-x64", "--self-contained", "-nologo", "-v", "quiet",
                     "-p:PublishAot=true", "-p:PublishTrimmed=true", "-p:StripSymbols=true", "--disable-build-servers", "-o", output })
            start.ArgumentList.Add(argument);

        var log = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        var started = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(PublishTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new InvalidOperationException($"Publishing {Project} as Native AOT did not finish within {PublishTimeout.TotalMinutes:0} minutes; output so far:\n{Tail(log)}");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"Publishing {Project} as Native AOT failed (dotnet publish exit code {process.ExitCode} after {started.Elapsed.TotalSeconds:0} s). " +
                $"Native AOT needs clang (or gcc) and zlib development files; scripts/publish lambda runs the same publish. Output:\n{Tail(log)}");
    }

    private static string Tail(StringBuilder log)
    {
        lock (log) return string.Join('\n', log.ToString().Split('\n').TakeLast(40));
    }
}
