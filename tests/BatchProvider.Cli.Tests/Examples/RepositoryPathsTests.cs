using System.Text.RegularExpressions;
using BatchProvider.Testing.Specs;

namespace BatchProvider.Cli.Tests.Examples;

/// <summary>
/// A clone of the repository is enough to run the benchmarks and follow the docs: no script, result or page names a
/// file outside it (a sibling <c>shared/</c> folder, one machine's home or work directory).
/// </summary>
public sealed partial class RepositoryPathsTests
{
    public static TheoryData<string> Files()
    {
        var root = StackFiles.RepositoryRoot;
        var data = new TheoryData<string>();
        foreach (var file in new[] { "bench", "scripts", "docs" }
                     .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*", SearchOption.AllDirectories))
                     .Append(Path.Combine(root, "README.md"))
                     .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                     .Where(f => !f.Split('/').Any(part => part is "bin" or "obj") && Path.GetExtension(f) is "" or ".sh" or ".py" or ".md" or ".txt")
                     .Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_NamesNoPathOutsideTheRepository(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(StackFiles.RepositoryRoot, file));

        var outside = lines.Select((text, i) => (Line: i + 1, Text: text)).Where(l => OutsidePath().IsMatch(l.Text)).ToList();

        Assert.True(outside.Count == 0, string.Join("\n", outside.Select(l => $"{file}:{l.Line}: {l.Text.Trim()}")));
    }

    [GeneratedRegex(@"\.\./shared/|(^|[\s`'""(])shared/(reference|examples)/|/work/|/home/[a-z]|/Users/[A-Za-z]")]
    private static partial Regex OutsidePath();
}
