namespace BatchProvider.Cli.Tests.Examples;

/// <summary>The repository's examples/*.yaml, copied beside the test binaries.</summary>
public static class ExampleFiles
{
    /// <summary>The path of <paramref name="file"/> (e.g. "fargate-etl.yaml").</summary>
    public static string Path(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Examples", file);
}
