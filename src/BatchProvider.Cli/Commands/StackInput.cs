using System.CommandLine;
using BatchProvider.Domain.Input.Templates;

namespace BatchProvider.Cli.Commands;

/// <summary>The input every spec command shares: a FILE argument and repeatable <c>--parameters K=V</c>.</summary>
public sealed class StackInput
{
    /// <summary>The template or bare spec to read.</summary>
    public Argument<string> File { get; } = new("file") { Description = "A CloudFormation template (YAML or JSON) or a bare BatchStack spec." };

    /// <summary>Template parameter values.</summary>
    public Option<string[]> Parameters { get; } = new("--parameters")
    {
        Description = "Template parameter values as KEY=VALUE (repeatable); list parameters take comma-separated values.",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Adds the argument and option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        command.Options.Add(Parameters);
        Parameters.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!value.Contains('=') || value.StartsWith('=')) result.AddError($"--parameters value \"{value}\" is not KEY=VALUE.");
            }
        });
    }

    /// <summary>Reads and loads the file; null (after telling the user why) when it cannot be read.</summary>
    public TemplateLoadResult? Load(ParseResult parseResult, CliConsole console)
    {
        var path = parseResult.GetValue(File)!;
        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"error: cannot read {path}: {e.Message}");
            return null;
        }
        var parameters = (parseResult.GetValue(Parameters) ?? [])
            .Select(p => p.Split('=', 2))
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);
        var result = TemplateLoader.Load(text, parameters);
        if (!result.Failed) return result;
        foreach (var d in result.Diagnostics) console.Error.WriteLine($"{path}: {d}");
        return null;
    }
}
