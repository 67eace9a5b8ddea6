using System.CommandLine;
using BatchProvider.Domain.Diagnostics;
using BatchProvider.Domain.Input.Templates;
using BatchProvider.Domain.Validation;

namespace BatchProvider.Cli.Input;

/// <summary>
/// The one input pipeline of every command: FILE (read with a size cap) and repeatable <c>--parameters K=V</c>, loaded,
/// with values the target offers (a sandbox's) filling the declared parameters the user left out, then each BatchStack
/// through the spec pipeline. Commands that send requests to Batch also refuse every value still unresolved.
/// </summary>
/// <param name="time">The clock of rules tied to a date (Batch's AL2 retirement); the system clock unless a test gives one.</param>
internal sealed class SpecInput(TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

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

    /// <summary>
    /// Reads and loads FILE. Null, after one <c>error:</c> line on standard error, when it cannot be read. Values in
    /// <paramref name="offered"/> fill only parameters the template declares and the user did not give; with
    /// <paramref name="requireResolved"/> every unresolved value is an error (see <see cref="UnresolvedValues"/>).
    /// </summary>
    public LoadedInput? Load(ParseResult parseResult, CliConsole console, IReadOnlyDictionary<string, string> offered, bool requireResolved)
    {
        var path = parseResult.GetValue(File)!;
        if (InputFile.Read(path, out var error) is not { } text)
        {
            console.Error.WriteLine($"error: {error}");
            return null;
        }
        var user = (parseResult.GetValue(Parameters) ?? [])
            .Select(p => p.Split('=', 2))
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);
        var document = TemplateLoader.Load(text, user);
        var fill = offered.Where(p => !user.ContainsKey(p.Key) && document.DeclaredParameters.Contains(p.Key)).ToList();
        if (fill.Count > 0) document = TemplateLoader.Load(text, new Dictionary<string, string>(user.Concat(fill), StringComparer.Ordinal));
        return new LoadedInput(document, [.. document.Stacks.Select(s =>
        {
            var result = SpecPipeline.Run(s.Properties, _time.GetUtcNow());
            // Where values must be resolved, the error for each replaces the warning that its rules were skipped.
            return new LoadedStack(s.LogicalId, result, requireResolved
                ? [.. result.Diagnostics.Where(d => d.Code != DiagnosticCodes.UnresolvedValue), .. UnresolvedValues.Errors(s.Properties)]
                : result.Diagnostics);
        })]);
    }
}
