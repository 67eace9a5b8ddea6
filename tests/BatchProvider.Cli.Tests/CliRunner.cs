namespace BatchProvider.Cli.Tests;

/// <summary>Runs the CLI in-process against files in a private temporary folder.</summary>
public sealed class CliRunner : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("batchstack-cli-").FullName;

    public static string Example => Path.Combine(AppContext.BaseDirectory, "Examples", "research-platform.yaml");

    /// <summary>Writes <paramref name="content"/> to a file and returns its path.</summary>
    public string File(string content, string name = "template.yaml")
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs <c>batchstack</c> with <paramref name="args"/> in the test process's environment.</summary>
    public static Task<(int Exit, string Out, string Error)> Run(params string[] args) =>
        Run(Lambda.Aws.Configuration.ProcessEnvironmentVariables.Instance, args);

    /// <summary>Runs <c>batchstack</c> with <paramref name="args"/> in <paramref name="environment"/> (settings and credentials).</summary>
    public static async Task<(int Exit, string Out, string Error)> Run(Lambda.Aws.Configuration.IEnvironmentVariables environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BatchStackCli.RunAsync(args, output, error, environment);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
