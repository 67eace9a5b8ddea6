using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Testing.Specs;

/// <summary>Templates of the repository (examples/*.yaml and test variants) through the real spec pipeline.</summary>
public static class StackFiles
{
    /// <summary>The repository root (the directory holding BatchProvider.sln), found from the test binaries upwards.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The text of <paramref name="relativePath"/> under the repository root.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot, relativePath));

    /// <summary>Loads a template's one BatchStack and validates it; throws listing every diagnostic when it is not valid.</summary>
    public static ValidatedSpec Validate(string templateText, IReadOnlyDictionary<string, string> parameters)
    {
        var loaded = TemplateLoader.Load(templateText, parameters);
        if (loaded.Failed || loaded.Stacks.Length != 1)
            throw new InvalidOperationException("template did not load: " + string.Join("; ", loaded.Diagnostics));
        var result = SpecPipeline.Run(loaded.Stacks[0].Properties, Time.TestDate.Now);
        return result.Validated ?? throw new InvalidOperationException("spec is invalid: " + string.Join("; ", result.Diagnostics));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BatchProvider.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no BatchProvider.sln above {AppContext.BaseDirectory}");
    }
}
